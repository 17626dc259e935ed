/// How the dictionary loader treats malformed rows.
public enum LoadingMode: Sendable, Hashable {
    /// Refuse the data when any file has an error, listing every error.
    case strict
    /// Keep every good row, leave out the bad ones and report them as diagnostics.
    case lenient
}
