public import Foundation

/// One interpreter who could cover a language, where they stand in the router's order for it, and why
/// they would be chosen or passed over.
public struct CandidateAssessment: Sendable, Hashable, Codable {
    /// The interpreter.
    public let interpreter: InterpreterID
    /// Their centre.
    public let centre: String
    /// How they cover the language.
    public let route: RouteKind
    /// Whether they could take a session now.
    public let status: CandidateStatus
    /// Their place in the order of offers (1 is offered first); `nil` when they are not free.
    public let rank: Int?
    /// Sessions offered to them or interpreted by them now.
    public let load: Int
    /// Sessions they may take at once.
    public let maxSessions: Int
    /// For a free interpreter, since when they have been free.
    public let idleSince: Date?
    /// For an interpreter off duty, when their next shift starts (within a week).
    public let nextOnDuty: Date?
    /// Why they are chosen or passed over, in one English sentence.
    public let reason: String

    /// True for the interpreter who would be offered the session.
    public var isChosen: Bool { rank == 1 }

    /// Creates an assessment.
    ///
    /// - Parameters:
    ///   - interpreter: The interpreter.
    ///   - centre: Their centre.
    ///   - route: How they cover the language.
    ///   - status: Whether they could take a session now.
    ///   - rank: Their place in the order of offers, or `nil`.
    ///   - load: Their sessions now.
    ///   - maxSessions: Their maximum.
    ///   - idleSince: Since when they have been free.
    ///   - nextOnDuty: When their next shift starts.
    ///   - reason: Why they are chosen or passed over.
    public init(
        interpreter: InterpreterID, centre: String, route: RouteKind, status: CandidateStatus, rank: Int?, load: Int,
        maxSessions: Int, idleSince: Date?, nextOnDuty: Date?, reason: String
    ) {
        self.interpreter = interpreter
        self.centre = centre
        self.route = route
        self.status = status
        self.rank = rank
        self.load = load
        self.maxSessions = maxSessions
        self.idleSince = idleSince
        self.nextOnDuty = nextOnDuty
        self.reason = reason
    }
}
