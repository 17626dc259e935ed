/// A part of a mixed text with its own language ranking ("Help! 火事です" is English, then Japanese).
public struct LanguageSegment: Sendable, Hashable, Encodable {
    /// The caller's words of the segment, exactly as written.
    public let text: String
    /// Where the segment is in the caller's text.
    public let range: Range<String.Index>
    /// Its UTF-8 offsets in the caller's text.
    public let utf8Range: Range<Int>
    /// The languages the segment may be in, best first; empty when it has no letters.
    public let guesses: [LanguageGuess]

    private enum CodingKeys: String, CodingKey {
        case text
        case utf8Range = "utf8"
        case guesses
    }

    /// Encodes the segment without its `String.Index` range (the UTF-8 offsets say the same).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(utf8Range, forKey: .utf8Range)
        try container.encode(guesses, forKey: .guesses)
    }
}
