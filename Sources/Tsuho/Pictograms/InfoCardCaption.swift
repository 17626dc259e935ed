/// One line of words on an info card: a concept's form in one language, with its review status.
public struct InfoCardCaption: Sendable, Hashable {
    /// Which line of the card a caption is.
    public enum Role: String, Sendable, Hashable, Codable {
        /// The reader's language (or a relay language standing in for it).
        case reader
        /// やさしい日本語 (Easy Japanese, `ja-x-easy`).
        case easyJapanese
        /// Japanese.
        case japanese
    }

    /// Which line it is.
    public let role: Role
    /// The language of the text, with its script and direction.
    public let language: Language
    /// The concept's first (most standard) form in that language.
    public let text: String
    /// Whether a native speaker has reviewed the form; ``ReviewStatus/draft`` must be shown as such.
    public let status: ReviewStatus
    /// True when the reader's language has no form yet and this is a relay language's form instead.
    public let isFallback: Bool

    /// Creates a caption.
    ///
    /// - Parameters:
    ///   - role: Which line it is.
    ///   - language: The language of the text.
    ///   - text: The form.
    ///   - status: The review status.
    ///   - isFallback: True when it stands in for the reader's language.
    public init(role: Role, language: Language, text: String, status: ReviewStatus, isFallback: Bool = false) {
        self.role = role
        self.language = language
        self.text = text
        self.status = status
        self.isFallback = isFallback
    }
}
