/// One language a text may be written in, with how sure the identifier is.
public struct LanguageGuess: Sendable, Hashable, Codable {
    /// The language (a dictionary tag, or `ja-Latn` for Japanese typed in romaji).
    public let language: LanguageCode
    /// From 0 to 1; the guesses of one text add up to at most 1.
    public let confidence: Double
}
