/// How often calls in a language arrive, as a Poisson process.
public struct ArrivalRate: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The language.
    public let language: LanguageCode
    /// Calls per hour.
    public let perHour: Double

    /// Creates a rate.
    ///
    /// - Parameters:
    ///   - language: The language.
    ///   - perHour: Calls per hour (non-negative).
    public init(language: LanguageCode, perHour: Double) {
        self.language = language
        self.perHour = max(0, perHour)
    }

    /// `language:N/h`.
    public var description: String {
        "\(language):\(perHour)/h"
    }
}
