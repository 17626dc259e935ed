/// Where a three-party session (caller, call-taker, interpreter) stands.
///
/// The only changes allowed (``InterpreterSession/transition(to:by:why:route:at:)`` refuses any other
/// with a ``SessionTransitionError``):
///
/// | from | to |
/// | --- | --- |
/// | (new) | `requested` |
/// | `requested` | `offering(X)`, `ended` |
/// | `offering(X)` | `connected(X)`; `offering(Y)` (declined or timed out, next candidate); `requested` (nobody else free, never connected yet); `reconnecting` (nobody else free, connected before); `ended` |
/// | `connected(X)` | `reconnecting` (X dropped out), `ended` |
/// | `reconnecting` | `offering(Y)`, `ended` |
/// | `ended` | nothing |
///
/// `ended(completed)` only follows `connected`; `ended(no-interpreter)` only follows `requested`.
/// Every state but `ended` may end when the caller hangs up or the call-taker closes the session.
public enum SessionState: Sendable, Hashable, CustomStringConvertible {
    /// Waiting for a first interpreter (in the queue, with the fallback meanwhile).
    case requested
    /// An interpreter is being offered the session and has not answered yet.
    case offering(InterpreterID)
    /// Caller, call-taker and this interpreter are on the line.
    case connected(InterpreterID)
    /// The interpreter dropped out; caller and call-taker stay on the line and the session, with its
    /// transcript, waits for a replacement.
    case reconnecting
    /// Finished, for the reason given. No transition leaves this state.
    case ended(EndReason)

    /// The state's name: "requested", "offering", "connected", "reconnecting" or "ended".
    public var name: String {
        switch self {
        case .requested: "requested"
        case .offering: "offering"
        case .connected: "connected"
        case .reconnecting: "reconnecting"
        case .ended: "ended"
        }
    }

    /// The interpreter being offered the session or interpreting it.
    public var interpreter: InterpreterID? {
        switch self {
        case .offering(let id), .connected(let id): id
        case .requested, .reconnecting, .ended: nil
        }
    }

    /// The reason, for an ended session.
    public var endReason: EndReason? {
        if case .ended(let reason) = self { reason } else { nil }
    }

    /// True for `ended`.
    public var isTerminal: Bool { endReason != nil }

    /// True while the session waits for an interpreter: `requested` or `reconnecting`.
    public var isWaiting: Bool {
        switch self {
        case .requested, .reconnecting: true
        case .offering, .connected, .ended: false
        }
    }

    /// `offering(tokyo-en-01)`, `ended(completed)`, `requested`.
    public var description: String {
        switch self {
        case .requested, .reconnecting: name
        case .offering(let id), .connected(let id): "\(name)(\(id))"
        case .ended(let reason): "ended(\(reason))"
        }
    }
}
