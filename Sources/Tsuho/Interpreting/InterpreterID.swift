/// The roster id of an interpreter ("tokyo-en-01").
public struct InterpreterID: StringIdentifier {
    /// The id as written in the roster.
    public let rawValue: String

    /// Creates an id.
    ///
    /// - Parameter rawValue: The id as written in the roster.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }
}
