import Foundation
import Testing
import Tsuho

/// The audit log: JSON Lines written before a change is reported, read back after a crash, replayed.
struct InterpretingAuditTests {
    let clock: ManualClock
    let languages: LanguageList
    let folder: URL

    init() throws {
        clock = ManualClock(try InterpretingFixtures.monday())
        languages = try InterpretingFixtures.languages()
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tsuho-audit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func roster() throws -> Roster {
        try InterpretingFixtures.roster([
            try InterpretingFixtures.interpreter("vi-a", "vi:native"),
            try InterpretingFixtures.interpreter("en-b", "en:professional"),
        ])
    }

    @Test func everyTransitionIsOnDiskWhenTheCallReturns() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = folder.appendingPathComponent("audit.jsonl")
        let router = try InterpreterRouter(roster: roster(), languages: languages, clock: clock, auditLog: log)
        let decision = try await router.request(session: "s1", language: "vi", line: .fireAndAmbulance, urgency: .red)
        var returned = decision.transitions
        #expect(try AuditLog(contentsOf: log).records == returned)
        clock.advance(by: 5.5)
        returned += try await router.accept(session: "s1", interpreter: "vi-a")
        returned += try await router.interpreterDisconnected("vi-a")
        returned += try await router.accept(session: "s1", interpreter: "en-b")
        clock.advance(by: 300)
        returned += try await router.complete(session: "s1")
        let read = try AuditLog(contentsOf: log)
        #expect(read.records == returned)
        #expect(read.tornLine == nil && read.malformedLines.isEmpty)
        let lines = try String(contentsOf: log, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 7)
        #expect(
            lines[0]
                == #"{"time":"2026-12-07T10:00:00.000+09:00","session":"s1","from":null,"to":{"state":"requested"},"by":"call-taker","why":"requested","language":"vi","line":"119","urgency":"red"}"#
        )
        #expect(
            lines[1]
                == #"{"time":"2026-12-07T10:00:00.000+09:00","session":"s1","from":{"state":"requested"},"to":{"state":"offering","interpreter":"vi-a"},"by":"router","why":"offered","route":{"kind":"direct","level":"native"}}"#
        )
        #expect(lines[2].contains(#""time":"2026-12-07T10:00:05.500+09:00""#))
        #expect(AuditReplay(read).finalStates == ["s1": .ended(.completed)])
    }

    @Test func aTornLastLineIsReportedAndEveryCompleteRecordKept() throws {
        let records = [
            #"{"time":"2026-12-07T10:00:00.000+09:00","session":"s1","from":null,"to":{"state":"requested"},"by":"call-taker","why":"requested","language":"vi","line":"119","urgency":"red"}"#,
            #"{"time":"2026-12-07T10:00:00.000+09:00","session":"s1","from":{"state":"requested"},"to":{"state":"offering","interpreter":"vi-a"},"by":"router","why":"offered","route":{"kind":"direct","level":"native"}}"#,
        ]
        let complete = records.joined(separator: "\n") + "\n"
        let torn = complete + #"{"time":"2026-12-07T10:00:03.000+09:00","session":"s1","from":{"sta"#
        let log = AuditLog(bytes: Array(torn.utf8), path: "audit.jsonl")
        #expect(log.records.count == 2)
        let tornLine = try #require(log.tornLine)
        #expect(tornLine.code == .tornLine)
        #expect(tornLine.line == 3)
        #expect(tornLine.byteOffset == complete.utf8.count)
        #expect(tornLine.message.hasPrefix("audit.jsonl:3: the last line"))
        #expect(log.completeLength == complete.utf8.count)
        #expect(AuditReplay(log).finalStates == ["s1": .offering("vi-a")])
        // A complete line that is not a record is damage, reported with its line; the rest is kept.
        let damaged = AuditLog(bytes: Array(("not json\n" + complete).utf8), path: "audit.jsonl")
        #expect(damaged.records.count == 2)
        #expect(damaged.malformedLines.map(\.line) == [1])
        #expect(damaged.tornLine == nil)
    }

    @Test func aRouterRestartingAfterACrashCutsTheTornLineAndTakesOverTheSessions() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = folder.appendingPathComponent("audit.jsonl")
        do {
            let router = try InterpreterRouter(roster: roster(), languages: languages, clock: clock, auditLog: log)
            _ = try await router.request(session: "connected", language: "vi", line: .fireAndAmbulance, urgency: .red)
            try await router.accept(session: "connected", interpreter: "vi-a")
            _ = try await router.request(session: "offered", language: "vi", line: .police, urgency: .yellow)
            _ = try await router.request(session: "waiting", language: "vi", line: .police, urgency: .green)
            _ = try await router.request(session: "done", language: "vi", line: .police, urgency: .green)
            try await router.hangUp(session: "done")
        }
        // The crash: half a record at the end.
        let handle = try FileHandle(forWritingTo: log)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"time":"2026-12-07T10:00:09.000+09:00","session":"offe"#.utf8))
        try handle.close()
        let sizeBefore = try #require(try FileManager.default.attributesOfItem(atPath: log.path)[.size] as? Int)

        clock.advance(by: 30)
        let restarted = try InterpreterRouter(roster: roster(), languages: languages, clock: clock, auditLog: log)
        let recovery = try #require(restarted.recovery)
        #expect(recovery.tornLine?.code == .tornLine)
        #expect(recovery.restoredSessions == 3)
        #expect(recovery.malformedLines.isEmpty && recovery.replayProblems.isEmpty)
        #expect(await restarted.session("connected")?.state == .connected("vi-a"))
        #expect(await restarted.session("done")?.state == .ended(.callerHungUp))
        // The open offer to en-b was void after the restart; it is made again.
        #expect(await restarted.session("offered")?.state == .offering("en-b"))
        #expect(await restarted.session("waiting")?.state == .requested)
        let read = try AuditLog(contentsOf: log)
        #expect(read.tornLine == nil, "the torn line was cut off")
        #expect(read.malformedLines.isEmpty)
        #expect(read.records.suffix(2).map(\.why) == [.recoveredAfterRestart, .offered])
        let sizeAfter = try #require(try FileManager.default.attributesOfItem(atPath: log.path)[.size] as? Int)
        #expect(sizeAfter > sizeBefore - 60)
        // The replayed log agrees with the restarted router.
        let replayed = AuditReplay(read).finalStates
        for (id, state) in replayed {
            #expect(await restarted.session(id)?.state == state)
        }
        // And it carries on.
        try await restarted.complete(session: "connected")
        #expect(await restarted.session("waiting")?.state == .offering("vi-a"))
    }

    @Test func replayReportsRecordsThatDoNotFollow() throws {
        let now = try InterpretingFixtures.monday()
        let request = SessionRequest(language: "vi", line: .police, urgency: .red)
        let records = [
            SessionTransition(
                time: now, session: "s1", from: nil, to: .requested, by: .callTaker, why: .requested, request: request),
            SessionTransition(
                time: now, session: "s1", from: .requested, to: .connected("a"), by: .interpreter("a"), why: .accepted),
            SessionTransition(
                time: now, session: "s2", from: .requested, to: .offering("a"), by: .router, why: .offered),
            SessionTransition(
                time: now, session: "s1", from: .offering("a"), to: .connected("a"), by: .interpreter("a"),
                why: .accepted),
        ]
        let replay = AuditReplay(records, path: "log")
        #expect(replay.problems.map(\.line) == [2, 3, 4])
        #expect(replay.problems.allSatisfy { $0.code == .replayMismatch })
        #expect(replay.problems[0].message == "log:2: Session s1 cannot go from requested to connected(a).")
        #expect(replay.finalStates == ["s1": .requested])
    }
}
