/// A phrase in one language: its MessageFormat pattern and review status.
public struct PhraseText: Sendable, Hashable, Codable {
    /// The ICU MessageFormat pattern with named arguments.
    public let pattern: String
    /// `draft` until a native speaker marks it `reviewed`.
    public let status: ReviewStatus
    /// A note for reviewers.
    public let note: String

    /// Creates a phrase text.
    ///
    /// - Parameters:
    ///   - pattern: The MessageFormat pattern.
    ///   - status: Its review status.
    ///   - note: A note for reviewers.
    public init(pattern: String, status: ReviewStatus, note: String = "") {
        self.pattern = pattern
        self.status = status
        self.note = note
    }
}
