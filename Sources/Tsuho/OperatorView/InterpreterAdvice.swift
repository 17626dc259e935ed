/// Whether the operator should bring in a human interpreter, and why.
public struct InterpreterAdvice: Sendable, Hashable, Encodable {
    /// True when an interpreter should join.
    public let recommended: Bool
    /// The reasons, in Japanese.
    public let reasons: [String]
    /// The share of the caller's letters that dictionary terms cover, from 0 to 1.
    public let understoodShare: Double
    /// The language to request (the best guess), when there is one.
    public let language: LanguageCode?
}
