/// Sessions rebuilt from audit records by replaying them through the session state machine.
///
/// Each record must start from the state the records before it left its session in, and make a change
/// the state machine allows; a record that does not is reported in ``problems`` and skipped.
public struct AuditReplay: Sendable, Hashable {
    /// Every session, as the records leave it.
    public let sessions: [SessionID: InterpreterSession]
    /// The sessions in the order they were created.
    public let order: [SessionID]
    /// Records that did not follow from the ones before them.
    public let problems: [AuditLogError]

    /// Replays records.
    ///
    /// - Parameters:
    ///   - records: The records, in order.
    ///   - lines: The line of each record, for messages; record positions from 1 when empty.
    ///   - path: The log's path, for messages.
    public init(_ records: [SessionTransition], lines: [Int] = [], path: String = "audit log") {
        var sessions: [SessionID: InterpreterSession] = [:]
        var order: [SessionID] = []
        var problems: [AuditLogError] = []
        for (index, record) in records.enumerated() {
            let line = index < lines.count ? lines[index] : index + 1
            guard let from = record.from else {
                guard sessions[record.session] == nil else {
                    problems.append(
                        AuditLogError.mismatch(path, line: line, reason: "session \(record.session) is created twice."))
                    continue
                }
                guard let request = record.request, record.to == .requested else {
                    problems.append(
                        AuditLogError.mismatch(
                            path, line: line,
                            reason: "session \(record.session) is created without its language, line and urgency."))
                    continue
                }
                sessions[record.session] = InterpreterSession(id: record.session, request: request, at: record.time)
                order.append(record.session)
                continue
            }
            guard var session = sessions[record.session] else {
                problems.append(
                    AuditLogError.mismatch(
                        path, line: line, reason: "session \(record.session) changes before it is created."))
                continue
            }
            guard session.state == from else {
                problems.append(
                    AuditLogError.mismatch(
                        path, line: line,
                        reason: "session \(record.session) is \(session.state), but the record starts from \(from)."))
                continue
            }
            do {
                try session.transition(
                    to: record.to, by: record.by, why: record.why, route: record.route, at: record.time)
                sessions[record.session] = session
            } catch {
                problems.append(AuditLogError.mismatch(path, line: line, reason: error.message))
            }
        }
        self.sessions = sessions
        self.order = order
        self.problems = problems
    }

    /// Replays every complete record of a log.
    ///
    /// - Parameter log: The log.
    public init(_ log: AuditLog) {
        self.init(log.records, lines: log.lines, path: log.path)
    }

    /// Every session's last state.
    public var finalStates: [SessionID: SessionState] {
        sessions.mapValues(\.state)
    }
}
