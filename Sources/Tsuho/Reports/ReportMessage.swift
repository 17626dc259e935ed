public import Foundation

/// An earlier message of the same conversation, kept as it arrived.
public struct ReportMessage: Sendable, Hashable, Codable {
    /// Who wrote it: the caller or the operator.
    public enum Author: String, Sendable, Hashable, Codable {
        /// The person reporting.
        case caller
        /// The call-taker.
        case operatorDesk = "operator"
    }

    /// Who wrote it.
    public let author: Author
    /// When it was received or sent.
    public let time: Date
    /// The text as sent.
    public let text: String

    /// Creates a message.
    ///
    /// - Parameters:
    ///   - author: The caller or the operator.
    ///   - time: When.
    ///   - text: The text.
    public init(author: Author, time: Date, text: String) {
        self.author = author
        self.time = time
        self.text = text
    }
}
