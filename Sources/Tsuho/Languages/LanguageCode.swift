/// A BCP 47 language tag naming one of the dictionary's languages ("vi", "zh-Hant", "ja-x-easy").
///
/// The tag is kept as written in `languages.tsv`; comparisons are exact.
public struct LanguageCode: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    /// The tag.
    public let rawValue: String

    /// Creates a code from a tag.
    ///
    /// - Parameter rawValue: A BCP 47 tag.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Creates a code from a tag.
    ///
    /// - Parameter rawValue: A BCP 47 tag.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// Creates a code from a string literal.
    public init(stringLiteral value: String) {
        rawValue = value
    }

    /// Japanese, whose forms and readings live in `concepts.tsv`.
    public static let japanese: LanguageCode = "ja"

    /// The tag.
    public var description: String { rawValue }

    /// Orders codes by tag.
    public static func < (lhs: LanguageCode, rhs: LanguageCode) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// Decodes a code from a JSON string.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes the code as a JSON string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
