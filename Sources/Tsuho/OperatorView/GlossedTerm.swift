/// A spotted term with its Japanese gloss, for the operator.
public struct GlossedTerm: Sendable, Hashable, Encodable {
    /// The concept id.
    public let concept: String
    /// The caller's words, exactly as written.
    public let text: String
    /// Where they are in the caller's text (UTF-8 offsets).
    public let utf8: Range<Int>
    /// The language of the matching form.
    public let language: LanguageCode
    /// How it matched.
    public let match: MatchKind
    /// The Japanese term.
    public let japanese: String
    /// Its reading in hiragana.
    public let reading: String
    /// The review status of the Japanese term.
    public let status: ReviewStatus
}
