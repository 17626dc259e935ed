/// The answer to a request for an interpreter: the assignment, and every session change it caused.
public struct RoutingDecision: Sendable, Hashable {
    /// The session.
    public let session: SessionID
    /// What the request gave.
    public let assignment: Assignment
    /// Every change made, in order (those of offers that fell due first included), as written to the
    /// audit log. A change to `offering(X)` means: ring interpreter X.
    public let transitions: [SessionTransition]

    /// Creates a decision.
    ///
    /// - Parameters:
    ///   - session: The session.
    ///   - assignment: What the request gave.
    ///   - transitions: The changes made.
    public init(session: SessionID, assignment: Assignment, transitions: [SessionTransition]) {
        self.session = session
        self.assignment = assignment
        self.transitions = transitions
    }
}
