public import Foundation

/// Decides who interprets a call, keeps three-party sessions alive through faults, and writes every
/// session change to an audit log.
///
/// Policy: an interpreter of the caller's language at native or professional level; else one who speaks
/// it at relay-only level or one of its relay languages (from the language list); else the fallback of
/// やさしい日本語 with pictograms, so no caller is left with nothing. Waiting sessions are served `red`
/// first, then `yellow`, then the rest, first come first served; the least loaded, longest idle
/// interpreter goes first. An offer not answered within ``RoutingPolicy/offerTimeout`` goes to the next
/// candidate, as does a declined one; an interpreter who drops out is replaced while the session lives
/// on; a shift ending never cuts a session; a caller hanging up ends the session cleanly.
///
/// ```swift
/// let clock = ManualClock(TokyoTime.parse("2026-12-01T10:00")!)
/// let router = try InterpreterRouter(roster: roster, languages: languages, clock: clock,
///                                    auditLog: URL(fileURLWithPath: "audit.jsonl"))
/// let decision = try await router.request(session: "119-0042", language: "ne",
///                                         line: .fireAndAmbulance, urgency: .red)
/// if case .offered(let interpreter, _) = decision.assignment {
///     try await router.accept(session: "119-0042", interpreter: interpreter)
/// }
/// clock.advance(by: 600)
/// try await router.complete(session: "119-0042")
/// ```
///
/// Every call first handles what fell due on the clock (timeouts, shift changes), then returns every
/// change it made, in order: a change to `offering(X)` means ring interpreter X. With an audit log, the
/// changes are written and flushed to disk (`fsync`) before the call returns. A host calls
/// ``processDueEvents()`` at ``nextDeadline`` (or every second) so offers time out on time.
///
/// If a call throws, the changes it made before failing are not lost: they are returned by the next call
/// that succeeds. If the audit log cannot be written, the call throws ``AuditLogError`` after applying
/// the change; the records stay queued and are written, in order, before any later record.
public actor InterpreterRouter {
    private var engine: RoutingEngine
    private let clock: any WallClock
    private let writer: AuditLogWriter?
    private var undelivered: [SessionTransition] = []

    /// What was found in the audit log at start, when it already existed.
    public nonisolated let recovery: AuditRecovery?

    /// Creates a router.
    ///
    /// When the audit log exists, its complete records are replayed and the sessions that had not ended
    /// are taken over (see ``recovery``); a torn last line is cut off.
    ///
    /// - Parameters:
    ///   - roster: The interpreters.
    ///   - languages: The language list, for relay languages.
    ///   - clock: The clock.
    ///   - policy: Timing rules.
    ///   - auditLog: The audit log file (JSON Lines), or `nil` for none.
    /// - Throws: ``AuditLogError`` when the log cannot be read or written.
    public init(
        roster: Roster, languages: LanguageList, clock: any WallClock = SystemClock(),
        policy: RoutingPolicy = RoutingPolicy(), auditLog: URL? = nil
    ) throws {
        self.clock = clock
        var engine = RoutingEngine(
            roster: roster, languages: languages, policy: policy, start: clock.now, isRecording: true,
            retainsEndedSessions: true)
        guard let auditLog else {
            self.engine = engine
            writer = nil
            recovery = nil
            return
        }
        guard FileManager.default.fileExists(atPath: auditLog.path) else {
            self.engine = engine
            writer = try AuditLogWriter(path: auditLog.path)
            recovery = nil
            return
        }
        let log = try AuditLog(contentsOf: auditLog)
        let replay = AuditReplay(log)
        let time = clock.now.timeIntervalSince1970
        var restored = 0
        for id in replay.order {
            guard let session = replay.sessions[id] else { continue }
            try engine.restore(session, at: time)
            restored += session.state.isTerminal ? 0 : 1
        }
        try engine.dispatchAll()
        let writer = try AuditLogWriter(path: auditLog.path, truncatingTo: log.tornLine.map { _ in log.completeLength })
        let transitions = engine.takeTransitions()
        try writer.append(transitions)
        undelivered = transitions
        self.engine = engine
        self.writer = writer
        recovery = AuditRecovery(
            records: log.records.count, restoredSessions: restored, tornLine: log.tornLine,
            malformedLines: log.malformedLines, replayProblems: replay.problems)
    }

    /// Asks for an interpreter for a call.
    ///
    /// - Parameters:
    ///   - session: A new session id.
    ///   - language: The caller's language.
    ///   - line: The emergency line.
    ///   - urgency: How urgent the call is.
    /// - Returns: The assignment (an offer, a queue place, or the fallback alone) and every change made.
    /// - Throws: ``RoutingError`` when the id is already used; ``AuditLogError`` when the log cannot be
    ///   written.
    public func request(
        session: SessionID, language: LanguageCode, line: EmergencyLine, urgency: Urgency
    ) throws -> RoutingDecision {
        var assignment = Assignment.fallback(.easyJapaneseWithPictograms)
        let transitions = try perform { engine, time in
            assignment = try engine.request(
                session, SessionRequest(language: language, line: line, urgency: urgency), at: time)
        }
        return RoutingDecision(session: session, assignment: assignment, transitions: transitions)
    }

    /// The offered interpreter accepts: caller, call-taker and interpreter are connected.
    ///
    /// - Parameters:
    ///   - session: The session.
    ///   - interpreter: The interpreter accepting.
    /// - Returns: Every change made.
    /// - Throws: ``SessionTransitionError`` when the session is not being offered to this interpreter
    ///   (the offer timed out, was withdrawn, or went to someone else); ``RoutingError`` for an unknown
    ///   id; ``AuditLogError``.
    @discardableResult
    public func accept(session: SessionID, interpreter: InterpreterID) throws -> [SessionTransition] {
        try perform { engine, time in
            try engine.accept(engine.slot(of: session), by: engine.interpreterPosition(interpreter), at: time)
        }
    }

    /// The offered interpreter declines: the offer goes to the next candidate, or the session waits.
    ///
    /// - Parameters:
    ///   - session: The session.
    ///   - interpreter: The interpreter declining.
    /// - Returns: Every change made.
    /// - Throws: ``SessionTransitionError`` when the session is not being offered to this interpreter;
    ///   ``RoutingError``; ``AuditLogError``.
    @discardableResult
    public func decline(session: SessionID, interpreter: InterpreterID) throws -> [SessionTransition] {
        try perform { engine, time in
            try engine.decline(engine.slot(of: session), by: engine.interpreterPosition(interpreter), at: time)
        }
    }

    /// The caller hung up: the session ends, and its interpreter (or offer) is freed.
    ///
    /// - Parameter session: The session.
    /// - Returns: Every change made.
    /// - Throws: ``RoutingError`` for an unknown or ended session; ``AuditLogError``.
    @discardableResult
    public func hangUp(session: SessionID) throws -> [SessionTransition] {
        try perform { engine, time in
            try engine.end(engine.slot(of: session), reason: .callerHungUp, by: .caller, at: time)
        }
    }

    /// The interpreted conversation finished: the session ends as completed.
    ///
    /// - Parameter session: The session.
    /// - Returns: Every change made.
    /// - Throws: ``SessionTransitionError`` when no interpreter is connected; ``RoutingError``;
    ///   ``AuditLogError``.
    @discardableResult
    public func complete(session: SessionID) throws -> [SessionTransition] {
        try perform { engine, time in
            try engine.end(engine.slot(of: session), reason: .completed, by: .callTaker, at: time)
        }
    }

    /// The call-taker closes the session in whatever state it is (for example when the fallback
    /// sufficed).
    ///
    /// - Parameter session: The session.
    /// - Returns: Every change made.
    /// - Throws: ``RoutingError``; ``AuditLogError``.
    @discardableResult
    public func close(session: SessionID) throws -> [SessionTransition] {
        try perform { engine, time in
            try engine.end(engine.slot(of: session), reason: .endedByCallTaker, by: .callTaker, at: time)
        }
    }

    /// An interpreter dropped out: their offers go to the next candidates, and their sessions reconnect
    /// to a replacement while caller and call-taker stay on the line.
    ///
    /// - Parameter interpreter: The interpreter.
    /// - Returns: Every change made.
    /// - Throws: ``RoutingError``; ``AuditLogError``.
    @discardableResult
    public func interpreterDisconnected(_ interpreter: InterpreterID) throws -> [SessionTransition] {
        try perform { engine, time in
            try engine.disconnect(engine.interpreterPosition(interpreter), at: time)
        }
    }

    /// An interpreter who dropped out is back and may take sessions again.
    ///
    /// - Parameter interpreter: The interpreter.
    /// - Returns: Every change made.
    /// - Throws: ``RoutingError``; ``AuditLogError``.
    @discardableResult
    public func interpreterReconnected(_ interpreter: InterpreterID) throws -> [SessionTransition] {
        try perform { engine, time in
            try engine.reconnect(engine.interpreterPosition(interpreter), at: time)
        }
    }

    /// Handles what fell due on the clock: offer timeouts, retries, shifts starting and ending.
    ///
    /// - Returns: Every change made.
    /// - Throws: ``AuditLogError``.
    @discardableResult
    public func processDueEvents() throws -> [SessionTransition] {
        try perform { _, _ in }
    }

    /// The earliest time something may fall due (an offer timeout, a retry, a shift change): call
    /// ``processDueEvents()`` then. It may be early (an offer answered since leaves its timeout behind,
    /// which then does nothing), never late.
    public var nextDeadline: Date? { engine.nextDeadline }

    /// A session, live or ended.
    ///
    /// - Parameter id: The session's id.
    /// - Returns: The session, or `nil` for an unknown id.
    public func session(_ id: SessionID) -> InterpreterSession? {
        engine.session(id)
    }

    /// Every session that has not ended.
    public var liveSessions: [InterpreterSession] { engine.liveSessions }

    /// Metrics per language since the router started.
    public func metrics() -> RoutingMetrics {
        engine.metrics(at: clock.now.timeIntervalSince1970)
    }

    /// The interpreters who could cover a language now, in the order they would be offered a session,
    /// with why each is chosen or passed over.
    ///
    /// - Parameter language: The language.
    /// - Returns: The candidates.
    public func candidates(for language: LanguageCode) -> [CandidateAssessment] {
        engine.assess(language)
    }

    /// Writes any audit records still queued after a failed write.
    ///
    /// - Throws: ``AuditLogError`` when that fails again.
    public func flushAuditLog() throws {
        try writer?.flush()
    }

    /// The candidates for a language on a fresh roster at a time, as a new router would rank them.
    ///
    /// - Parameters:
    ///   - language: The language.
    ///   - roster: The interpreters.
    ///   - languages: The language list.
    ///   - time: The time.
    /// - Returns: The candidates, in order.
    public static func rankCandidates(
        for language: LanguageCode, roster: Roster, languages: LanguageList, at time: Date
    ) -> [CandidateAssessment] {
        RoutingEngine(
            roster: roster, languages: languages, policy: RoutingPolicy(), start: time, isRecording: false,
            retainsEndedSessions: false
        ).assess(language)
    }

    /// Runs an engine operation at the clock's time after what fell due, then writes and returns the
    /// changes.
    private func perform(_ body: (inout RoutingEngine, Double) throws -> Void) throws -> [SessionTransition] {
        let time = clock.now.timeIntervalSince1970
        var failure: (any Error)?
        do {
            try engine.advance(to: time)
            try body(&engine, time)
        } catch {
            failure = error
        }
        let made = engine.takeTransitions()
        if undelivered.isEmpty {
            undelivered = made
        } else {
            undelivered += made
        }
        try writer?.append(made)
        if let failure {
            throw failure
        }
        var delivered: [SessionTransition] = []
        swap(&delivered, &undelivered)
        return delivered
    }
}
