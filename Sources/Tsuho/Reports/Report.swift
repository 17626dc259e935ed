public import Foundation

/// One incoming text report to 110 or 119: who, when, through which channel, where, and the caller's
/// message exactly as its bytes arrived.
public struct Report: Sendable, Hashable {
    /// The report's id in the dispatch system.
    public let id: String
    /// The number it reached, if the channel says.
    public let line: ReportLine
    /// When it arrived.
    public let receivedAt: Date
    /// The channel: `net119`, `police-110-app`, `sms`, `web`, `chat` …
    public let channel: String
    /// The caller's language when the channel knows it (an app setting), else `nil`.
    public let languageHint: LanguageCode?
    /// Where the caller is, when known.
    public let location: ReportLocation?
    /// The caller's message as received, byte for byte. Never changed.
    public let message: [UInt8]
    /// The earlier messages of the same conversation, oldest first.
    public let earlierMessages: [ReportMessage]

    /// Creates a report.
    ///
    /// - Parameters:
    ///   - id: The report id.
    ///   - line: 110, 119 or unknown.
    ///   - receivedAt: When it arrived.
    ///   - channel: The channel's name.
    ///   - languageHint: The caller's language if the channel knows it.
    ///   - location: Where the caller is.
    ///   - message: The message bytes.
    ///   - earlierMessages: Earlier messages of the conversation.
    public init(
        id: String, line: ReportLine = .unknown, receivedAt: Date = Date(), channel: String = "text",
        languageHint: LanguageCode? = nil, location: ReportLocation? = nil, message: [UInt8],
        earlierMessages: [ReportMessage] = []
    ) {
        self.id = id
        self.line = line
        self.receivedAt = receivedAt
        self.channel = channel
        self.languageHint = languageHint
        self.location = location
        self.message = message
        self.earlierMessages = earlierMessages
    }
}
