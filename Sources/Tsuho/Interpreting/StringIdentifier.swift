/// An identifier whose value is its text: an interpreter's roster id, a session id. Conforming types are
/// one line each and stay distinct types, so an interpreter id is never passed as a session id.
public protocol StringIdentifier: RawRepresentable, Hashable, Comparable, Sendable, Codable,
    CustomStringConvertible, ExpressibleByStringLiteral
where RawValue == String, StringLiteralType == String {
    /// Creates an identifier from its text.
    ///
    /// - Parameter rawValue: The text.
    init(rawValue: String)
}

extension StringIdentifier {
    /// Creates an identifier from its text.
    ///
    /// - Parameter rawValue: The text.
    public init(_ rawValue: String) {
        self.init(rawValue: rawValue)
    }

    /// Creates an identifier from a string literal.
    ///
    /// - Parameter value: The text.
    public init(stringLiteral value: String) {
        self.init(rawValue: value)
    }

    /// The text.
    public var description: String { rawValue }

    /// Orders identifiers by their text.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
