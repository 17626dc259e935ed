/// An operator's message that cannot go to this caller as it is.
public struct ConversationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// One English sentence.
    public let message: String

    /// The ``message``.
    public var description: String { message }
}
