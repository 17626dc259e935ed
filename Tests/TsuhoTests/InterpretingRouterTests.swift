import Foundation
import Testing
import Tsuho

/// The router with a manual clock: policy, queueing, timeouts and re-offers, disconnects, shifts,
/// hang-ups, the state machine.
struct InterpretingRouterTests {
    let clock: ManualClock
    let languages: LanguageList

    init() throws {
        clock = ManualClock(try InterpretingFixtures.monday())
        languages = try InterpretingFixtures.languages()
    }

    func router(_ interpreters: [Interpreter], policy: RoutingPolicy = RoutingPolicy()) throws -> InterpreterRouter {
        try InterpreterRouter(
            roster: InterpretingFixtures.roster(interpreters), languages: languages, clock: clock, policy: policy)
    }

    func offeredTo(_ decision: RoutingDecision) -> InterpreterID? {
        if case .offered(let id, _) = decision.assignment { id } else { nil }
    }

    @Test func aNativeOrProfessionalInterpreterComesFirstThenRelayThenFallback() async throws {
        let router = try router([
            try InterpretingFixtures.interpreter("en-1", "en:native"),
            try InterpretingFixtures.interpreter("ne-relay", "ne:relay-only"),
            try InterpretingFixtures.interpreter("ne-1", "ne:professional"),
        ])
        let first = try await router.request(session: "s1", language: "ne", line: .fireAndAmbulance, urgency: .red)
        #expect(first.assignment == .offered("ne-1", .direct(.professional)))
        let second = try await router.request(session: "s2", language: "ne", line: .fireAndAmbulance, urgency: .red)
        #expect(second.assignment == .offered("ne-relay", .relay(through: "ne", level: .relayOnly)))
        let third = try await router.request(session: "s3", language: "ne", line: .police, urgency: .green)
        #expect(third.assignment == .offered("en-1", .relay(through: "en", level: .native)))
        let fourth = try await router.request(session: "s4", language: "ne", line: .police, urgency: .green)
        #expect(fourth.assignment == .queued(position: 1, meanwhile: .easyJapaneseWithPictograms))
        // Burmese is not in this language list and nobody speaks it: the fallback alone.
        let nobody = try await router.request(session: "s5", language: "my", line: .police, urgency: .red)
        #expect(nobody.assignment == .fallback(.easyJapaneseWithPictograms))
        #expect(await router.session("s5")?.state == .ended(.noInterpreter))
        #expect(nobody.transitions.map(\.to) == [.requested, .ended(.noInterpreter)])
    }

    @Test func relayLanguagesAreTriedInTheListsOrder() async throws {
        // pt relays through es, then en.
        let router = try router([
            try InterpretingFixtures.interpreter("en-1", "en:native"),
            try InterpretingFixtures.interpreter("es-1", "es:professional"),
        ])
        let first = try await router.request(session: "s1", language: "pt", line: .police, urgency: .yellow)
        #expect(first.assignment == .offered("es-1", .relay(through: "es", level: .professional)))
        let second = try await router.request(session: "s2", language: "pt", line: .police, urgency: .yellow)
        #expect(second.assignment == .offered("en-1", .relay(through: "en", level: .native)))
    }

    @Test func theLongestIdleInterpreterGoesFirst() async throws {
        let router = try router([
            try InterpretingFixtures.interpreter("vi-a", "vi:native"),
            try InterpretingFixtures.interpreter("vi-b", "vi:native"),
        ])
        let first = try await router.request(session: "s1", language: "vi", line: .police, urgency: .red)
        #expect(offeredTo(first) == "vi-a", "equal idle times: roster order")
        try await router.accept(session: "s1", interpreter: "vi-a")
        clock.advance(by: 60)
        try await router.complete(session: "s1")
        clock.advance(by: 60)
        // vi-b has been idle since the start; vi-a only for a minute.
        let second = try await router.request(session: "s2", language: "vi", line: .police, urgency: .red)
        #expect(offeredTo(second) == "vi-b")
    }

    @Test func redBeforeYellowBeforeTheRestFirstComeFirstServedWithin() async throws {
        let router = try router([try InterpretingFixtures.interpreter("vi-a", "vi:native")])
        _ = try await router.request(session: "busy", language: "vi", line: .police, urgency: .green)
        try await router.accept(session: "busy", interpreter: "vi-a")
        var positions: [Int] = []
        for (id, urgency) in [("g1", Urgency.green), ("w1", .white), ("y1", .yellow), ("r1", .red), ("y2", .yellow)] {
            clock.advance(by: 1)
            let decision = try await router.request(
                session: SessionID(id), language: "vi", line: .police, urgency: urgency)
            if case .queued(let position, _) = decision.assignment { positions.append(position) }
        }
        #expect(positions == [1, 2, 1, 1, 3])
        var served: [SessionID] = []
        var current: SessionID = "busy"
        for _ in 0..<5 {
            let transitions = try await router.complete(session: current)
            let offer = try #require(transitions.first { $0.to == .offering("vi-a") })
            served.append(offer.session)
            try await router.accept(session: offer.session, interpreter: "vi-a")
            current = offer.session
        }
        #expect(served == ["r1", "y1", "y2", "g1", "w1"])
    }

    @Test func anUnansweredOfferTimesOutAndGoesToTheNextCandidate() async throws {
        let router = try router([
            try InterpretingFixtures.interpreter("vi-a", "vi:native"),
            try InterpretingFixtures.interpreter("vi-b", "vi:professional"),
        ])
        let decision = try await router.request(session: "s1", language: "vi", line: .fireAndAmbulance, urgency: .red)
        #expect(offeredTo(decision) == "vi-a")
        #expect(await router.nextDeadline == clock.now.addingTimeInterval(20))
        clock.advance(by: 19)
        #expect(try await router.processDueEvents().isEmpty)
        clock.advance(by: 1)
        let timedOut = try await router.processDueEvents()
        #expect(timedOut.count == 1)
        #expect(timedOut.first?.from == .offering("vi-a"))
        #expect(timedOut.first?.to == .offering("vi-b"))
        #expect(timedOut.first?.why == .offerTimedOut)
        #expect(timedOut.first?.by == .router)
        // A late accept from vi-a is refused; nothing changes.
        await #expect(throws: SessionTransitionError.self) {
            try await router.accept(session: "s1", interpreter: "vi-a")
        }
        #expect(await router.session("s1")?.state == .offering("vi-b"))
        // vi-b declines: nobody else, so the session waits; vi-a is kept from it for a minute, then re-offered.
        let declined = try await router.decline(session: "s1", interpreter: "vi-b")
        #expect(declined.map(\.to) == [.requested])
        #expect(declined.first?.by == .interpreter("vi-b"))
        clock.advance(by: 59)
        #expect(try await router.processDueEvents().isEmpty)
        clock.advance(by: 1)
        let retried = try await router.processDueEvents()
        #expect(retried.map(\.to) == [.offering("vi-a")])
        #expect(retried.first?.why == .offered)
        try await router.accept(session: "s1", interpreter: "vi-a")
        #expect(await router.session("s1")?.state == .connected("vi-a"))
    }

    @Test func aDisconnectedInterpreterIsReplacedWhileTheSessionLivesOn() async throws {
        let router = try router([
            try InterpretingFixtures.interpreter("vi-a", "vi:native"),
            try InterpretingFixtures.interpreter("en-b", "en:professional"),
        ])
        _ = try await router.request(session: "s1", language: "vi", line: .fireAndAmbulance, urgency: .red)
        try await router.accept(session: "s1", interpreter: "vi-a")
        clock.advance(by: 120)
        let dropped = try await router.interpreterDisconnected("vi-a")
        #expect(dropped.map(\.to) == [.reconnecting, .offering("en-b")])
        #expect(dropped.first?.why == .interpreterDisconnected)
        #expect(dropped.last?.route == .relay(through: "en", level: .professional))
        try await router.accept(session: "s1", interpreter: "en-b")
        let session = try #require(await router.session("s1"))
        #expect(session.state == .connected("en-b"))
        #expect(session.interpreters == ["vi-a", "en-b"])
        #expect(session.firstConnectedAt == (try InterpretingFixtures.monday()))
        // Back online, vi-a takes new sessions again.
        try await router.interpreterReconnected("vi-a")
        let next = try await router.request(session: "s2", language: "vi", line: .police, urgency: .green)
        #expect(offeredTo(next) == "vi-a")
    }

    @Test func withNobodyToReplaceTheSessionWaitsReconnecting() async throws {
        let router = try router([try InterpretingFixtures.interpreter("vi-a", "vi:native")])
        _ = try await router.request(session: "s1", language: "vi", line: .fireAndAmbulance, urgency: .red)
        try await router.accept(session: "s1", interpreter: "vi-a")
        let dropped = try await router.interpreterDisconnected("vi-a")
        #expect(dropped.map(\.to) == [.reconnecting])
        let back = try await router.interpreterReconnected("vi-a")
        #expect(back.map(\.to) == [.offering("vi-a")])
        try await router.accept(session: "s1", interpreter: "vi-a")
        #expect(await router.session("s1")?.interpreters == ["vi-a", "vi-a"])
    }

    @Test func aShiftEndingNeverCutsAnActiveSession() async throws {
        // On duty 09:00-10:30 on Mondays; the clock starts at Monday 10:00.
        let router = try router([
            try InterpretingFixtures.interpreter("vi-a", "vi:native", schedule: "mon 09:00-10:30"),
            try InterpretingFixtures.interpreter("vi-b", "vi:native", schedule: "mon 11:00-12:00"),
        ])
        _ = try await router.request(session: "s1", language: "vi", line: .fireAndAmbulance, urgency: .red)
        try await router.accept(session: "s1", interpreter: "vi-a")
        clock.advance(by: 45 * 60)
        #expect(try await router.processDueEvents().isEmpty)
        #expect(await router.session("s1")?.state == .connected("vi-a"))
        // Off duty now: a new session waits for vi-b's shift even though vi-a will soon be free.
        let waiting = try await router.request(session: "s2", language: "vi", line: .police, urgency: .red)
        #expect(waiting.assignment == .queued(position: 1, meanwhile: .easyJapaneseWithPictograms))
        clock.advance(by: 60)
        let done = try await router.complete(session: "s1")
        #expect(done.map(\.to) == [.ended(.completed)])
        clock.advance(by: 14 * 60)
        let shiftStart = try await router.processDueEvents()
        #expect(shiftStart.map(\.to) == [.offering("vi-b")])
        #expect(shiftStart.first?.time == (try InterpretingFixtures.time("2026-12-07T11:00")))
    }

    @Test func aCallerHangingUpCancelsCleanlyInEveryState() async throws {
        let router = try router([try InterpretingFixtures.interpreter("vi-a", "vi:native")])
        _ = try await router.request(session: "offered", language: "vi", line: .police, urgency: .red)
        _ = try await router.request(session: "queued", language: "vi", line: .police, urgency: .red)
        // Hanging up while offered frees vi-a, who is offered the queued session at once.
        let hungUp = try await router.hangUp(session: "offered")
        #expect(hungUp.map(\.to) == [.ended(.callerHungUp), .offering("vi-a")])
        #expect(hungUp.map(\.session) == ["offered", "queued"])
        try await router.accept(session: "queued", interpreter: "vi-a")
        _ = try await router.request(session: "waiting", language: "vi", line: .police, urgency: .red)
        #expect(try await router.hangUp(session: "waiting").map(\.to) == [.ended(.callerHungUp)])
        #expect(try await router.hangUp(session: "queued").map(\.to) == [.ended(.callerHungUp)])
        let metrics = try #require(await router.metrics().metrics(for: "vi"))
        #expect(metrics.requests == 3)
        #expect(metrics.abandoned == 2)
        #expect(metrics.connected == 1)
        // Nothing changes after the end; the id cannot be reused.
        await #expect(throws: RoutingError.self) { try await router.hangUp(session: "queued") }
        await #expect(throws: RoutingError.self) {
            try await router.request(session: "queued", language: "vi", line: .police, urgency: .red)
        }
        #expect(await router.liveSessions.isEmpty)
    }

    @Test func theStateMachineRefusesInvalidTransitions() throws {
        var session = InterpreterSession(
            id: "s", request: SessionRequest(language: "vi", line: .police, urgency: .red),
            at: try InterpretingFixtures.monday())
        let now = try InterpretingFixtures.monday()
        #expect(throws: SessionTransitionError.self) {
            try session.transition(to: .connected("a"), by: .interpreter("a"), why: .accepted, at: now)
        }
        #expect(throws: SessionTransitionError.self) {
            try session.transition(to: .ended(.completed), by: .callTaker, why: .completed, at: now)
        }
        #expect(throws: SessionTransitionError.self) {
            try session.transition(to: .reconnecting, by: .router, why: .interpreterDisconnected, at: now)
        }
        try session.transition(to: .offering("a"), by: .router, why: .offered, at: now)
        #expect(throws: SessionTransitionError.self) {
            try session.transition(to: .connected("b"), by: .interpreter("b"), why: .accepted, at: now)
        }
        #expect(throws: SessionTransitionError.self) {
            try session.transition(to: .offering("a"), by: .router, why: .offered, at: now)
        }
        #expect(throws: SessionTransitionError.self) {
            try session.transition(to: .reconnecting, by: .router, why: .declined, at: now)
        }
        let record = try session.transition(to: .connected("a"), by: .interpreter("a"), why: .accepted, at: now)
        #expect(record.from == .offering("a") && record.to == .connected("a"))
        #expect(throws: SessionTransitionError.self) {
            try session.transition(to: .requested, by: .router, why: .declined, at: now)
        }
        try session.transition(to: .ended(.completed), by: .callTaker, why: .completed, at: now)
        do {
            try session.transition(to: .requested, by: .callTaker, why: .requested, at: now)
            Issue.record("a transition after the end was allowed")
        } catch {
            #expect(error.code == .sessionEnded)
            #expect(error.message == "Session s has ended (ended(completed)); it cannot become requested.")
        }
        #expect(session.state == .ended(.completed))
    }

    @Test func candidatesAreRankedWithReasons() throws {
        let roster = try InterpretingFixtures.roster([
            try InterpretingFixtures.interpreter("ne-day", "ne:native", schedule: "mon-fri 09:00-18:00"),
            try InterpretingFixtures.interpreter("ne-night", "ne:native", schedule: "daily 20:00-02:00"),
            try InterpretingFixtures.interpreter("en-early", "en:professional", schedule: "daily 06:00-15:00"),
            try InterpretingFixtures.interpreter("en-late", "en:native", schedule: "daily 08:00-17:00"),
            try InterpretingFixtures.interpreter("vi-only", "vi:native"),
        ])
        let candidates = InterpreterRouter.rankCandidates(
            for: "ne", roster: roster, languages: languages, at: try InterpretingFixtures.monday())
        #expect(candidates.map(\.interpreter) == ["ne-day", "en-early", "en-late", "ne-night"])
        #expect(candidates.map(\.rank) == [1, 2, 3, nil])
        #expect(candidates[0].isChosen && candidates[0].reason.hasPrefix("chosen: "))
        #expect(
            candidates[1].reason
                == "passed over: interpreters of the relay language en come after direct interpreters of ne, who have someone free."
        )
        #expect(candidates[1].idleSince == (try InterpretingFixtures.time("2026-12-07T06:00")))
        #expect(candidates[3].status == .offDuty)
        #expect(candidates[3].nextOnDuty == (try InterpretingFixtures.time("2026-12-07T20:00")))
        #expect(candidates[3].reason == "passed over: off duty until 2026-12-07 20:00.")
    }
}
