/// What a call-taker asks for: an interpreter of a language, on a line, at an urgency.
public struct SessionRequest: Sendable, Hashable, Codable {
    /// The caller's language.
    public let language: LanguageCode
    /// The emergency line of the call.
    public let line: EmergencyLine
    /// How urgent the call is.
    public let urgency: Urgency

    /// Creates a request.
    ///
    /// - Parameters:
    ///   - language: The caller's language.
    ///   - line: The emergency line.
    ///   - urgency: How urgent the call is.
    public init(language: LanguageCode, line: EmergencyLine, urgency: Urgency) {
        self.language = language
        self.line = line
        self.urgency = urgency
    }
}
