/// Why a session changed state, as written in the audit log's `why`.
public enum TransitionReason: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// The call-taker asked for an interpreter: the session exists.
    case requested
    /// The router offered the session to an interpreter.
    case offered
    /// The interpreter accepted the offer.
    case accepted
    /// The interpreter declined the offer.
    case declined
    /// The interpreter did not answer the offer in time.
    case offerTimedOut = "offer-timed-out"
    /// The interpreter's line dropped, or they went offline.
    case interpreterDisconnected = "interpreter-disconnected"
    /// The caller hung up.
    case callerHungUp = "caller-hung-up"
    /// The conversation finished.
    case completed
    /// The call-taker closed the session.
    case endedByCallTaker = "ended-by-call-taker"
    /// Nobody in the roster interprets the language or a relay language.
    case noInterpreter = "no-interpreter"
    /// The router restarted while an offer was open; the offer is void and the session waits again.
    case recoveredAfterRestart = "recovered-after-restart"

    /// The reason as written in the audit log, such as "offer-timed-out".
    public var description: String { rawValue }
}
