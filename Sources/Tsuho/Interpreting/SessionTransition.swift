public import Foundation

/// One change of a session's state: a line of the audit log.
///
/// ```json
/// {"time":"2026-12-01T03:00:05.000+09:00","session":"119-0042","from":{"state":"requested"},
///  "to":{"state":"offering","interpreter":"osaka-en-03"},"by":"router","why":"offered",
///  "route":{"kind":"relay","through":"en","level":"professional"}}
/// ```
public struct SessionTransition: Sendable, Hashable {
    /// When it happened.
    public let time: Date
    /// The session.
    public let session: SessionID
    /// The state before, or `nil` when the session was created.
    public let from: SessionState?
    /// The state after.
    public let to: SessionState
    /// Who made the change.
    public let by: TransitionActor
    /// Why.
    public let why: TransitionReason
    /// For an offer, how the interpreter covers the caller's language.
    public let route: RouteKind?
    /// For the creation of a session, what was asked for.
    public let request: SessionRequest?

    /// Creates a transition record.
    ///
    /// - Parameters:
    ///   - time: When it happened.
    ///   - session: The session.
    ///   - from: The state before, or `nil` for a new session.
    ///   - to: The state after.
    ///   - by: Who made the change.
    ///   - why: Why.
    ///   - route: For an offer, the route.
    ///   - request: For a new session, the request.
    public init(
        time: Date, session: SessionID, from: SessionState?, to: SessionState, by: TransitionActor,
        why: TransitionReason, route: RouteKind? = nil, request: SessionRequest? = nil
    ) {
        self.time = time
        self.session = session
        self.from = from
        self.to = to
        self.by = by
        self.why = why
        self.route = route
        self.request = request
    }
}
