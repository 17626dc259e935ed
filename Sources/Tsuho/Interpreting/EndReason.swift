/// Why a three-party session ended.
public enum EndReason: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// The conversation finished with an interpreter on the line.
    case completed
    /// The caller hung up (before, during or after interpretation).
    case callerHungUp = "caller-hung-up"
    /// The call-taker closed the session (for example when やさしい日本語 and pictograms sufficed).
    case endedByCallTaker = "ended-by-call-taker"
    /// Nobody in the roster interprets the language or any of its relay languages: the call-taker
    /// carries on in やさしい日本語 with pictograms.
    case noInterpreter = "no-interpreter"

    /// The reason as written in the audit log, such as "caller-hung-up".
    public var description: String { rawValue }
}
