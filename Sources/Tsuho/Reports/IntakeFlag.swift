/// Something in a caller's text that could mislead an operator's screen, made visible rather than
/// removed: a control character, a bidirectional override or isolate, a zero-width character, or a
/// word mixing look-alike letters of several scripts.
public struct IntakeFlag: Sendable, Hashable, Encodable {
    /// What was found.
    public enum Kind: String, Sendable, Hashable, Encodable {
        /// A C0 or C1 control character other than line feed and tab.
        case control
        /// U+202A–U+202E or U+2066–U+2069, which reorder text on screen.
        case bidiControl = "bidi-control"
        /// A zero-width or invisible character outside the places it belongs (emoji sequences, Indic
        /// and Arabic shaping).
        case zeroWidth = "zero-width"
        /// A word whose letters come from several scripts in a way used to imitate another word.
        case lookAlike = "look-alike"
    }

    /// What was found.
    public let kind: Kind
    /// Where, in UTF-8 offsets of the original message.
    public let utf8Range: Range<Int>
    /// The character's code point (`U+202E`) or the suspicious word.
    public let detail: String

    private enum CodingKeys: String, CodingKey {
        case kind
        case utf8Range = "utf8"
        case detail
    }

    /// Creates a flag.
    ///
    /// - Parameters:
    ///   - kind: What was found.
    ///   - utf8Range: Where.
    ///   - detail: The code point or word.
    public init(kind: Kind, utf8Range: Range<Int>, detail: String) {
        self.kind = kind
        self.utf8Range = utf8Range
        self.detail = detail
    }
}
