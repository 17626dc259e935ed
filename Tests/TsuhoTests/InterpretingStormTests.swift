import Foundation
import Testing
import Tsuho
import TsuhoTestSupport

/// A property test: random storms of requests, answers, declines, timeouts, disconnects, hang-ups and
/// shift changes. Whatever happens, every session ends in exactly one terminal state, no session is lost
/// or duplicated, no interpreter holds more sessions than allowed, the audit log on disk holds exactly the
/// changes reported, and replaying it gives the router's final states.
struct InterpretingStormTests {
    static let languages: [LanguageCode] = ["vi", "ne", "pt", "es", "en", "th"]

    static func roster() throws -> Roster {
        try InterpretingFixtures.roster([
            try InterpretingFixtures.interpreter("vi-1", "vi:native | en:professional", maxSessions: 2),
            try InterpretingFixtures.interpreter(
                "vi-2", "vi:professional", schedule: "mon 10:00-10:20 | mon 10:45-11:10 | mon 11:40-12:30"),
            try InterpretingFixtures.interpreter("ne-1", "ne:native", schedule: "mon 10:10-10:50 | mon 11:20-13:00"),
            try InterpretingFixtures.interpreter("ne-2", "ne:relay-only | en:native", schedule: "mon 10:30-12:00"),
            try InterpretingFixtures.interpreter("es-1", "es:native | pt:professional"),
            try InterpretingFixtures.interpreter("pt-1", "pt:native", schedule: "mon 09:00-10:40 | mon 11:00-11:30"),
            try InterpretingFixtures.interpreter("en-1", "en:professional", maxSessions: 3),
        ])
    }

    @Test(arguments: 1...12)
    func randomStormsKeepEverySessionAccountedFor(seed: UInt64) async throws {
        var random = SplitMix64(seed: seed)
        let clock = ManualClock(try InterpretingFixtures.monday())
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tsuho-storm-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = folder.appendingPathComponent("audit.jsonl")
        let roster = try Self.roster()
        let router = try InterpreterRouter(
            roster: roster, languages: InterpretingFixtures.languages(), clock: clock, auditLog: log)
        var reported: [SessionTransition] = []
        var requested: [SessionID] = []
        var refused = 0

        for step in 0..<300 {
            clock.advance(by: Double(random.next() % 40))
            let live = await router.liveSessions
            let offering = live.filter { if case .offering = $0.state { true } else { false } }
            let connected = live.filter { if case .connected = $0.state { true } else { false } }
            let interpreter = roster.interpreters[Int(random.next() % UInt64(roster.interpreters.count))].id
            do {
                // An answer can come too late: the offer timed out when the call handled what fell due.
                // It is refused and nothing else changes; the changes that fell due come with the next call.
                switch random.next() % 12 {
                case 0, 1, 2:
                    let id = SessionID("s\(step)")
                    let language = Self.languages[Int(random.next() % UInt64(Self.languages.count))]
                    let urgency = Urgency.allCases[Int(random.next() % 4)]
                    let line: EmergencyLine = random.next() % 2 == 0 ? .police : .fireAndAmbulance
                    requested.append(id)
                    reported += try await router.request(session: id, language: language, line: line, urgency: urgency)
                        .transitions
                case 3, 4, 5:
                    if let session = offering.randomElement(using: &random), let offered = session.state.interpreter {
                        reported += try await router.accept(session: session.id, interpreter: offered)
                    }
                case 6:
                    if let session = offering.randomElement(using: &random), let offered = session.state.interpreter {
                        reported += try await router.decline(session: session.id, interpreter: offered)
                    }
                case 7:
                    reported += try await router.interpreterDisconnected(interpreter)
                case 8:
                    reported += try await router.interpreterReconnected(interpreter)
                case 9:
                    if let session = live.randomElement(using: &random) {
                        reported += try await router.hangUp(session: session.id)
                    }
                case 10:
                    if let session = connected.randomElement(using: &random) {
                        reported += try await router.complete(session: session.id)
                    }
                default:
                    // A wrong interpreter accepting: refused, and nothing changes.
                    reported += try await router.processDueEvents()
                    if let session = live.randomElement(using: &random), let before = await router.session(session.id) {
                        do {
                            reported += try await router.accept(session: session.id, interpreter: interpreter)
                        } catch is SessionTransitionError {
                            refused += 1
                            #expect(await router.session(session.id)?.state == before.state)
                        }
                    }
                }
            } catch is SessionTransitionError {
                refused += 1
            }
            try await Self.checkCapacity(router, roster)
            if step == 150 {
                reported += try await router.processDueEvents()
                try await Self.checkLogAndReplay(log: log, reported: reported, router: router)
            }
        }
        // Everyone still live hangs up.
        reported += try await router.processDueEvents()
        for session in await router.liveSessions {
            reported += try await router.hangUp(session: session.id)
        }
        #expect(await router.liveSessions.isEmpty)
        try await Self.checkLogAndReplay(log: log, reported: reported, router: router)

        // Exactly one terminal state per session; none lost or duplicated.
        var created: [SessionID: Int] = [:]
        var ended: [SessionID: Int] = [:]
        for transition in reported {
            if transition.from == nil { created[transition.session, default: 0] += 1 }
            if transition.to.isTerminal { ended[transition.session, default: 0] += 1 }
            #expect(transition.from?.isTerminal != true, "a change after the end: \(transition)")
        }
        #expect(Set(created.keys) == Set(requested))
        #expect(created.values.allSatisfy { $0 == 1 })
        #expect(Set(ended.keys) == Set(requested))
        #expect(ended.values.allSatisfy { $0 == 1 })
        for id in requested {
            #expect(await router.session(id)?.state.isTerminal == true)
        }
        #expect(requested.count > 40)
        #expect(refused > 0)
    }

    /// The log on disk holds exactly what was reported, and replaying it gives the router's states.
    static func checkLogAndReplay(log: URL, reported: [SessionTransition], router: InterpreterRouter) async throws {
        let read = try AuditLog(contentsOf: log)
        #expect(read.tornLine == nil && read.malformedLines.isEmpty)
        #expect(read.records.count == reported.count)
        #expect(zip(read.records, reported).allSatisfy { Self.sameRecord($0, $1) })
        let replay = AuditReplay(read)
        #expect(replay.problems.isEmpty, "\(replay.problems)")
        for (id, state) in replay.finalStates {
            #expect(await router.session(id)?.state == state, "\(id)")
        }
        #expect(replay.finalStates.count == Set(reported.map(\.session)).count)
    }

    /// Records are equal up to the millisecond the log keeps.
    static func sameRecord(_ lhs: SessionTransition, _ rhs: SessionTransition) -> Bool {
        abs(lhs.time.timeIntervalSince(rhs.time)) < 0.001 && lhs.session == rhs.session && lhs.from == rhs.from
            && lhs.to == rhs.to && lhs.by == rhs.by && lhs.why == rhs.why && lhs.route == rhs.route
            && lhs.request == rhs.request
    }

    /// No interpreter is offered or interprets more sessions than their maximum.
    static func checkCapacity(_ router: InterpreterRouter, _ roster: Roster) async throws {
        var held: [InterpreterID: Int] = [:]
        for session in await router.liveSessions {
            if let interpreter = session.state.interpreter {
                held[interpreter, default: 0] += 1
            }
        }
        for (id, count) in held {
            #expect(count <= roster.interpreter(id)?.maxSessions ?? 0, "\(id) holds \(count) sessions")
        }
    }
}
