import Foundation
import Synchronization
import Tsuho

/// Routing decisions per second with 10,000 interpreters (22 languages, relays, all busy) and 100,000
/// sessions waiting: each step ends a session, whose interpreter is given the best waiting session across
/// every queue they serve (a decision), who accepts; then a new call is routed and queues (a decision).
/// Measured on the engine itself (as the simulator drives it), through the actor without an audit log,
/// and through the actor with the audit log flushed to disk on every call.
enum RouteBenchmark {
    static let interpreterCount = 10_000
    static let waitingCount = 100_000

    static func run() throws {
        let languages = try LanguageList(location: DataLocation.bundled())
        let roster = try roster(languages)
        let codes = languages.languages.map(\.code).filter { $0 != "ja" && $0 != "ja-x-easy" }
        try engine(roster: roster, languages: languages, codes: codes)
        try actor(roster: roster, languages: languages, codes: codes, auditLog: nil, steps: 100_000)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tsuho-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try actor(
            roster: roster, languages: languages, codes: codes, auditLog: folder.appendingPathComponent("audit.jsonl"),
            steps: 2_000)
    }

    static func roster(_ languages: LanguageList) throws -> Roster {
        let codes = languages.languages.map(\.code).filter { $0 != "ja" && $0 != "ja-x-easy" }
        guard let contact = ContactURI(rawValue: "tel:+81-3-0000-0000") else { return try Roster(interpreters: []) }
        var random = SplitMix(seed: 11)
        return try Roster(
            interpreters: (0..<interpreterCount).map { index in
                var skills = [LanguageSkill(language: codes[index % codes.count], level: .native)]
                if random.next() % 10 < 3, codes[index % codes.count] != "en" {
                    skills.append(LanguageSkill(language: "en", level: .professional))
                }
                if random.next() % 10 == 0 {
                    let other = codes[Int(random.next() % UInt64(codes.count))]
                    if !skills.contains(where: { $0.language == other }) {
                        skills.append(LanguageSkill(language: other, level: .relayOnly))
                    }
                }
                return Interpreter(
                    id: InterpreterID("i\(index)"), centre: "c\(index % 3)", skills: skills, schedule: .aroundTheClock,
                    maxSessions: 1, contact: contact)
            })
    }

    static func engine(roster: Roster, languages: LanguageList, codes: [LanguageCode]) throws {
        let start = Date(timeIntervalSince1970: 1_796_000_000)
        var engine = RoutingEngine(
            roster: roster, languages: languages, policy: RoutingPolicy(), start: start, isRecording: false,
            retainsEndedSessions: false)
        engine.tracksOffers = true
        var random = SplitMix(seed: 5)
        var time = start.timeIntervalSince1970
        var connected: [Int32] = []
        var calls = 0
        var waiting = 0
        func request() throws {
            calls += 1
            let urgency = Urgency.allCases[Int(random.next() % 4)]
            let request = SessionRequest(
                language: codes[Int(random.next() % UInt64(codes.count))], line: .fireAndAmbulance, urgency: urgency)
            if case .queued = try engine.request(SessionID("b\(calls)"), request, at: time) {
                waiting += 1
            }
        }
        func acceptOffers() throws -> Int {
            var offers: [RoutingEngine.Offer] = []
            swap(&offers, &engine.newOffers)
            for offer in offers {
                try engine.accept(offer.slot, by: offer.interpreter, at: time)
                connected.append(offer.slot)
            }
            return offers.count
        }
        while waiting < waitingCount {
            try request()
            waiting -= try acceptOffers()
        }
        let steps = 500_000
        var decisions = 0
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            for _ in 0..<steps {
                time += 0.01
                let index = Int(random.next() % UInt64(connected.count))
                let slot = connected[index]
                connected[index] = connected[connected.count - 1]
                connected.removeLast()
                try engine.end(slot, reason: .completed, by: .callTaker, at: time)
                let dispatched = try acceptOffers()
                waiting -= dispatched
                try request()
                waiting -= try acceptOffers()
                decisions += dispatched + 1
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print(
            String(
                format:
                    "route (engine): %d interpreters busy, %d sessions waiting: %.0f routing decisions/s (%d decisions, each step also ends and accepts a session)",
                connected.count, waiting, Double(decisions) / seconds, decisions))
    }

    static func actor(
        roster: Roster, languages: LanguageList, codes: [LanguageCode], auditLog: URL?, steps: Int
    ) throws {
        let clock = ManualClock(Date(timeIntervalSince1970: 1_796_000_000))
        let router = try InterpreterRouter(roster: roster, languages: languages, clock: clock, auditLog: auditLog)
        let result = Mutex(0.0)
        let done = DispatchSemaphore(value: 0)
        Task {
            defer { done.signal() }
            var random = SplitMix(seed: 5)
            var connected: [SessionID] = []
            var calls = 0
            var waiting = 0
            func accept(_ transitions: [SessionTransition]) async throws -> Int {
                var count = 0
                for transition in transitions {
                    if case .offering(let interpreter) = transition.to {
                        try await router.accept(session: transition.session, interpreter: interpreter)
                        connected.append(transition.session)
                        count += 1
                    }
                }
                return count
            }
            func request() async throws {
                calls += 1
                let decision = try await router.request(
                    session: SessionID("b\(calls)"), language: codes[Int(random.next() % UInt64(codes.count))],
                    line: .fireAndAmbulance, urgency: Urgency.allCases[Int(random.next() % 4)])
                if case .queued = decision.assignment { waiting += 1 }
                waiting -= try await accept(decision.transitions)
            }
            do {
                if auditLog == nil {
                    while waiting < waitingCount {
                        try await request()
                    }
                } else {
                    for _ in 0..<(interpreterCount + 1000) {
                        try await request()
                    }
                }
                var decisions = 0
                let timer = ContinuousClock()
                let elapsed = try await timer.measure {
                    for _ in 0..<steps {
                        clock.advance(by: 0.01)
                        let index = Int(random.next() % UInt64(connected.count))
                        let session = connected[index]
                        connected[index] = connected[connected.count - 1]
                        connected.removeLast()
                        let dispatched = try await accept(try await router.complete(session: session))
                        waiting -= dispatched
                        try await request()
                        decisions += dispatched + 1
                    }
                }
                let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
                result.withLock { $0 = Double(decisions) / seconds }
            } catch {
                print("route (actor): failed: \(error)")
            }
        }
        done.wait()
        let rate = result.withLock { $0 }
        if auditLog == nil {
            print(
                String(
                    format:
                        "route (actor, no audit log): %.0f routing decisions/s (each step: complete + accept + request, 3 actor calls)",
                    rate))
        } else {
            print(
                String(
                    format:
                        "route (actor, audit log flushed to disk on every call): %.0f routing decisions/s (%d steps)",
                    rate, steps))
        }
    }
}
