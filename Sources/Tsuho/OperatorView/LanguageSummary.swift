/// The caller's language as far as Tsuho can tell: the best guess with its confidence, the ranking,
/// and per-segment languages for mixed texts.
public struct LanguageSummary: Sendable, Hashable, Encodable {
    /// The best guess, or `nil` for a text without letters.
    public let code: LanguageCode?
    /// Its confidence, from 0 to 1.
    public let confidence: Double
    /// True when the confidence reaches ``LanguageIdentifier/confidentThreshold`` or the channel said.
    public let confident: Bool
    /// True when the channel gave the language.
    public let fromChannel: Bool
    /// The ranking, best first (at most five).
    public let ranking: [LanguageGuess]
    /// Per-segment languages when the text mixes languages.
    public let segments: [LanguageSegment]
}
