/// A named argument of a phrase's MessageFormat pattern (`{count}`), with its type.
public struct PhraseArgument: Sendable, Hashable, Codable {
    /// What values an argument takes.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A number, which drives plural rules.
        case number
        /// A text inserted as it is (a place name, a time).
        case text
    }

    /// The argument's name in every language's pattern.
    public let name: String
    /// Its type.
    public let kind: Kind

    /// Creates an argument.
    ///
    /// - Parameters:
    ///   - name: The name used in the patterns.
    ///   - kind: Its type.
    public init(name: String, kind: Kind) {
        self.name = name
        self.kind = kind
    }
}
