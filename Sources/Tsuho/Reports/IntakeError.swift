/// A message intake refuses: not UTF-8, too large, or empty. It says where and why, so the channel can
/// tell the caller or the operator can see what arrived.
public struct IntakeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Why the message was refused.
    public enum Reason: Hashable, Sendable {
        /// The bytes are not UTF-8; the offset of the first bad byte.
        case invalidUTF8(offset: Int)
        /// The message is larger than the bound.
        case tooLarge(bytes: Int, limit: Int)
        /// The message has no characters.
        case empty
    }

    /// Why the message was refused.
    public let reason: Reason

    /// Creates an error.
    ///
    /// - Parameter reason: Why the message was refused.
    public init(reason: Reason) {
        self.reason = reason
    }

    /// One English sentence.
    public var description: String {
        switch reason {
        case .invalidUTF8(let offset):
            "The message is not valid UTF-8: the byte at offset \(offset) cannot start or continue a character."
        case .tooLarge(let bytes, let limit):
            "The message is \(bytes) bytes, over the limit of \(limit) bytes."
        case .empty:
            "The message is empty."
        }
    }
}
