public import Foundation

/// A three-party interpretation session (caller, call-taker, interpreter) and its state machine.
///
/// Every change goes through ``transition(to:by:why:route:at:)``, which checks it against the state
/// machine of ``SessionState`` and returns the audit record; a change the machine does not allow throws
/// and leaves the session as it was. The session keeps its id from request to end, so its transcript
/// (kept by the dispatch system under that id) lives on when an interpreter is replaced.
///
/// ```swift
/// var session = InterpreterSession(id: "119-0042", request: SessionRequest(language: "ne",
///     line: .fireAndAmbulance, urgency: .red), at: now)
/// try session.transition(to: .offering("osaka-en-03"), by: .router, why: .offered, at: now)
/// try session.transition(to: .connected("osaka-en-03"), by: .interpreter("osaka-en-03"), why: .accepted, at: now)
/// ```
public struct InterpreterSession: Sendable, Hashable, Identifiable {
    /// The session's id.
    public let id: SessionID
    /// What was asked for.
    public let request: SessionRequest
    /// When it was asked for.
    public let requestedAt: Date
    /// Where the session stands.
    public private(set) var state: SessionState
    /// Every interpreter who has been connected, in order.
    public private(set) var interpreters: [InterpreterID] = []
    /// When the first interpreter was connected.
    public private(set) var firstConnectedAt: Date?

    /// Creates a session in the `requested` state.
    ///
    /// - Parameters:
    ///   - id: The session's id.
    ///   - request: What was asked for.
    ///   - time: When.
    public init(id: SessionID, request: SessionRequest, at time: Date) {
        self.id = id
        self.request = request
        requestedAt = time
        state = .requested
    }

    /// True once an interpreter has been connected.
    public var hasBeenConnected: Bool { firstConnectedAt != nil }

    /// The audit record of the session's creation.
    public var creation: SessionTransition {
        SessionTransition(
            time: requestedAt, session: id, from: nil, to: .requested, by: .callTaker, why: .requested,
            request: request)
    }

    /// Changes the state, if the state machine allows it.
    ///
    /// - Parameters:
    ///   - next: The new state.
    ///   - actor: Who makes the change.
    ///   - why: Why.
    ///   - route: For an offer, how the interpreter covers the language.
    ///   - time: When.
    /// - Returns: The audit record of the change.
    /// - Throws: ``SessionTransitionError`` when the change is not allowed; the session is then unchanged.
    @discardableResult
    public mutating func transition(
        to next: SessionState, by actor: TransitionActor, why: TransitionReason, route: RouteKind? = nil,
        at time: Date
    ) throws(SessionTransitionError) -> SessionTransition {
        guard Self.allows(from: state, to: next, hasBeenConnected: hasBeenConnected) else {
            throw SessionTransitionError(session: id, from: state, to: next)
        }
        let previous = state
        state = next
        if case .connected(let interpreter) = next {
            interpreters.append(interpreter)
            if firstConnectedAt == nil {
                firstConnectedAt = time
            }
        }
        return SessionTransition(time: time, session: id, from: previous, to: next, by: actor, why: why, route: route)
    }

    /// True when the state machine allows a change.
    ///
    /// - Parameters:
    ///   - from: The current state.
    ///   - to: The new state.
    ///   - hasBeenConnected: Whether an interpreter has been connected before: an offer that fails goes
    ///     back to `requested` before the first connection and to `reconnecting` after it.
    /// - Returns: Whether the change is allowed.
    public static func allows(from: SessionState, to: SessionState, hasBeenConnected: Bool) -> Bool {
        switch (from, to) {
        case (.ended, _):
            false
        case (.requested, .offering), (.reconnecting, .offering):
            true
        case (.requested, .ended(let reason)):
            reason != .completed
        case (.offering(let offered), .connected(let accepting)):
            offered == accepting
        case (.offering(let offered), .offering(let next)):
            offered != next
        case (.offering, .requested):
            !hasBeenConnected
        case (.offering, .reconnecting):
            hasBeenConnected
        case (.connected, .reconnecting):
            true
        case (.connected, .ended(let reason)):
            reason != .noInterpreter
        case (.offering, .ended(let reason)), (.reconnecting, .ended(let reason)):
            reason != .completed && reason != .noInterpreter
        default:
            false
        }
    }
}
