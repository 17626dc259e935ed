/// The roster id of an interpreter ("tokyo-en-01").
public struct InterpreterID: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    /// The id.
    public let rawValue: String

    /// Creates an id.
    ///
    /// - Parameter rawValue: The id as written in the roster.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Creates an id.
    ///
    /// - Parameter rawValue: The id as written in the roster.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// Creates an id from a string literal.
    public init(stringLiteral value: String) {
        rawValue = value
    }

    /// The id.
    public var description: String { rawValue }

    /// Orders ids by their text.
    public static func < (lhs: InterpreterID, rhs: InterpreterID) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// Decodes an id from a JSON string.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes the id as a JSON string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
