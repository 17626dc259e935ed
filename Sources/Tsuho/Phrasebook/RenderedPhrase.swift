/// A phrase formatted for one caller: the text to send, in which language, with its review status and
/// pictograms, and the numbered answer choices.
public struct RenderedPhrase: Sendable, Hashable, Encodable {
    /// One numbered answer choice.
    public struct Choice: Sendable, Hashable, Encodable {
        /// What the caller types to choose it (1, 2, 3 …).
        public let number: Int
        /// The answer phrase's id.
        public let id: String
        /// The answer in the caller's language.
        public let text: String
    }

    /// The phrase's id.
    public let id: String
    /// The language of ``text``.
    public let language: LanguageCode
    /// The formatted text.
    public let text: String
    /// `draft` until a native speaker has reviewed the pattern.
    public let status: ReviewStatus
    /// Pictogram ids, the main one first.
    public let pictograms: [String]
    /// The answer choices, numbered from 1.
    public let choices: [Choice]

    /// The text with its numbered choices on the following lines, as sent by SMS or chat.
    public var message: String {
        guard !choices.isEmpty else { return text }
        return ([text] + choices.map { "\($0.number). \($0.text)" }).joined(separator: "\n")
    }
}
