/// A Unicode normalization form.
public enum NormalizationForm: String, CaseIterable, Sendable, Hashable, Codable {
    /// Canonical composition.
    case nfc
    /// Canonical decomposition.
    case nfd
    /// Compatibility composition: folds width variants, ligatures and circled digits.
    case nfkc
    /// Compatibility decomposition.
    case nfkd
    /// NFKC with case folding and removal of default-ignorable characters (Unicode's NFKC_Casefold).
    case nfkcCasefold = "nfkc_cf"

    var bridgeForm: ICUBridge.Form {
        switch self {
        case .nfc: .nfc
        case .nfd: .nfd
        case .nfkc: .nfkc
        case .nfkd: .nfkd
        case .nfkcCasefold: .nfkcCasefold
        }
    }
}
