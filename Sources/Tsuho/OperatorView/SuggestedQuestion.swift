/// A next question for the caller, already rendered: in the caller's language (when known with
/// confidence and translated), in やさしい日本語, in Japanese for the operator, and as pictograms.
public struct SuggestedQuestion: Sendable, Hashable, Encodable {
    /// The phrase id (for `tsuho reply`).
    public let phrase: String
    /// The fact it asks for.
    public let asks: KeyFact?
    /// The question in the caller's language, or `nil` when the language is uncertain or lacks it.
    public let caller: RenderedPhrase?
    /// The question in やさしい日本語.
    public let easyJapanese: RenderedPhrase?
    /// The question in Japanese, as the operator reads it.
    public let japanese: String
    /// Pictogram ids, the main one first.
    public let pictograms: [String]
}
