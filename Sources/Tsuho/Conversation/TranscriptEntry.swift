public import Foundation

/// One message of a conversation: who wrote it, in which language, the original words, the Japanese
/// gloss for the operator, and when.
public struct TranscriptEntry: Sendable, Hashable, Encodable {
    /// Who wrote a message.
    public enum Author: String, Sendable, Hashable, Encodable {
        /// The person reporting.
        case caller
        /// The call-taker.
        case operatorDesk = "operator"
    }

    /// Who wrote it.
    public let author: Author
    /// The language it was written or sent in.
    public let language: LanguageCode?
    /// The words exactly as written or sent (for the caller: display-safe text of the verbatim bytes).
    public let original: String
    /// The Japanese for the operator: the glossed terms of a caller's message, or the Japanese of a
    /// phrase the operator sent.
    public let japaneseGloss: String
    /// For an operator's phrase: its id.
    public let phraseID: String?
    /// When.
    public let time: Date
}
