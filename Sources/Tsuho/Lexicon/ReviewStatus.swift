/// Whether a native speaker has checked a translation.
///
/// Every cell starts as ``draft``; only a native speaker of the language sets ``reviewed``. Tsuho shows
/// the status next to every gloss and phrase, because a wrong translation in an emergency is worse than
/// none.
public enum ReviewStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Written, not yet checked by a native speaker.
    case draft
    /// Checked by a native speaker.
    case reviewed
}
