/// Metrics for every language a router or simulation has seen, and for all together.
public struct RoutingMetrics: Sendable, Hashable, Codable {
    /// Per language, in tag order: every language with a request or an interpreter.
    public let languages: [LanguageMetrics]
    /// Every language together (language "all").
    public let all: LanguageMetrics

    /// Creates metrics.
    ///
    /// - Parameters:
    ///   - languages: Per language.
    ///   - all: All together.
    public init(languages: [LanguageMetrics], all: LanguageMetrics) {
        self.languages = languages
        self.all = all
    }

    /// The metrics of one language, or `nil`.
    ///
    /// - Parameter language: The language.
    /// - Returns: Its metrics.
    public func metrics(for language: LanguageCode) -> LanguageMetrics? {
        languages.first { $0.language == language }
    }
}
