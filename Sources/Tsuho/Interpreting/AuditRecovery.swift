/// What a router found in its audit log when it started: records replayed, sessions taken over, and any
/// torn or damaged line.
public struct AuditRecovery: Sendable, Hashable {
    /// Complete records read.
    public let records: Int
    /// Sessions that had not ended and were taken over.
    public let restoredSessions: Int
    /// The torn last line that was cut off (a write interrupted by a crash, never reported done).
    public let tornLine: AuditLogError?
    /// Complete lines that were not valid records.
    public let malformedLines: [AuditLogError]
    /// Records that did not follow from the ones before them.
    public let replayProblems: [AuditLogError]

    /// Creates a recovery report.
    ///
    /// - Parameters:
    ///   - records: Complete records read.
    ///   - restoredSessions: Sessions taken over.
    ///   - tornLine: The torn last line, if any.
    ///   - malformedLines: Damaged lines.
    ///   - replayProblems: Records that did not follow.
    public init(
        records: Int, restoredSessions: Int, tornLine: AuditLogError?, malformedLines: [AuditLogError],
        replayProblems: [AuditLogError]
    ) {
        self.records = records
        self.restoredSessions = restoredSessions
        self.tornLine = tornLine
        self.malformedLines = malformedLines
        self.replayProblems = replayProblems
    }
}
