/// The id of a three-party interpretation session, chosen by the dispatch system ("119-20261201-0042").
public struct SessionID: StringIdentifier {
    /// The id.
    public let rawValue: String

    /// Creates an id.
    ///
    /// - Parameter rawValue: The id.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }
}
