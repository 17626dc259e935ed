import Foundation

/// A discrete-event simulation of calls arriving, queueing and being interpreted, driving the router's
/// own engine with a simulated clock: what it measures is the policy production runs.
///
/// Calls arrive as a Poisson process per language; each interpreter takes ``SimulationParameters/answerTime``
/// to accept an offer and handles the call for an exponentially distributed time; callers may hang up
/// while waiting. The run is deterministic for a seed. With one language, `c` interpreters on duty around
/// the clock, immediate answers and patient callers, this is an M/M/c queue, and its long-run figures
/// agree with ``ErlangC``.
///
/// ```swift
/// let parameters = SimulationParameters(arrivals: [ArrivalRate(language: "vi", perHour: 12)],
///                                       meanHandleTime: 480, duration: 30 * 86_400, seed: 1)
/// let report = try StaffingSimulator(roster: roster, languages: languages, parameters: parameters).run()
/// report.metrics.metrics(for: "vi")?.waitingProbability
/// ```
public struct StaffingSimulator: Sendable {
    /// The interpreters.
    public let roster: Roster
    /// The language list, for relay languages.
    public let languages: LanguageList
    /// What to simulate.
    public let parameters: SimulationParameters

    /// Creates a simulator.
    ///
    /// - Parameters:
    ///   - roster: The interpreters.
    ///   - languages: The language list.
    ///   - parameters: What to simulate.
    public init(roster: Roster, languages: LanguageList, parameters: SimulationParameters) {
        self.roster = roster
        self.languages = languages
        self.parameters = parameters
    }

    /// A simulated event of the callers and interpreters (the engine keeps its own deadlines).
    private struct Event: Comparable {
        enum Kind: UInt8 {
            case accept
            case end
            case abandon
        }

        let time: Double
        let order: UInt64
        let kind: Kind
        let slot: Int32
        let interpreter: Int32
        let generation: UInt64

        static func < (lhs: Event, rhs: Event) -> Bool {
            lhs.time != rhs.time ? lhs.time < rhs.time : lhs.order < rhs.order
        }
    }

    /// Runs the simulation.
    ///
    /// - Returns: The report.
    /// - Throws: An error from the engine, which would be a bug: every change goes through the session
    ///   state machine.
    public func run() throws -> SimulationReport {
        var engine = RoutingEngine(
            roster: roster, languages: languages, policy: parameters.policy, start: parameters.start,
            isRecording: false, retainsEndedSessions: false)
        engine.tracksOffers = true
        var random = SimulationRandom(seed: parameters.seed)
        let rates = parameters.arrivals.filter { $0.perHour > 0 }
        let totalPerSecond = rates.reduce(0) { $0 + $1.perHour } / 3600
        let requests = rates.map { SessionRequest(language: $0.language, line: parameters.line, urgency: .green) }
        var cumulative: [Double] = []
        var sum = 0.0
        for rate in rates {
            sum += rate.perHour / 3600 / totalPerSecond
            cumulative.append(sum)
        }
        var urgencyCumulative: [(Urgency, Double)] = []
        var urgencySum = 0.0
        for urgency in [Urgency.red, .yellow, .white] {
            urgencySum += max(0, parameters.urgencyShares[urgency] ?? 0)
            urgencyCumulative.append((urgency, urgencySum))
        }
        let start = parameters.start.timeIntervalSince1970
        let arrivalsEnd = start + parameters.duration
        let stop = arrivalsEnd + 7 * 86_400
        var events = BinaryHeap<Event>()
        var order: UInt64 = 0
        var nextArrival = totalPerSecond > 0 ? start + random.exponential(mean: 1 / totalPerSecond) : .infinity
        var calls = 0
        var handled = 0
        var time = start
        var atArrivalsEnd: RoutingMetrics?

        func push(_ kind: Event.Kind, at time: Double, slot: Int32, interpreter: Int32 = -1, generation: UInt64) {
            order += 1
            events.push(
                Event(
                    time: time, order: order, kind: kind, slot: slot, interpreter: interpreter, generation: generation))
        }

        /// Answers the offers the engine has made: at once, or after the answer time.
        func answerOffers() throws {
            while !engine.newOffers.isEmpty {
                var offers: [RoutingEngine.Offer] = []
                swap(&offers, &engine.newOffers)
                for offer in offers {
                    guard engine.sessions[Int(offer.slot)].isLive else { continue }
                    let generation = engine.sessions[Int(offer.slot)].generation
                    if parameters.answerTime <= 0 {
                        try engine.accept(offer.slot, by: offer.interpreter, at: time)
                        push(
                            .end, at: time + random.exponential(mean: parameters.meanHandleTime), slot: offer.slot,
                            generation: generation)
                    } else {
                        push(
                            .accept, at: time + parameters.answerTime, slot: offer.slot,
                            interpreter: offer.interpreter, generation: generation)
                    }
                }
            }
        }

        while true {
            let engineNext = engine.deadlines.min?.time ?? .infinity
            let eventNext = events.min?.time ?? .infinity
            let arrivalNext = nextArrival < arrivalsEnd ? nextArrival : .infinity
            let next = min(engineNext, eventNext, arrivalNext)
            if next == .infinity || next > stop { break }
            if arrivalNext == .infinity, events.isEmpty, engine.slotOfSession.isEmpty { break }
            if next > arrivalsEnd, atArrivalsEnd == nil {
                atArrivalsEnd = engine.metrics(at: arrivalsEnd)
            }
            time = next
            handled += 1
            if engineNext <= eventNext, engineNext <= arrivalNext {
                try engine.advance(to: time)
            } else if eventNext <= arrivalNext, let event = events.popMin() {
                let index = Int(event.slot)
                guard engine.sessions[index].isLive, engine.sessions[index].generation == event.generation else {
                    continue
                }
                switch event.kind {
                case .accept:
                    guard case .offering = engine.sessions[index].session.state,
                        engine.sessions[index].interpreter == event.interpreter
                    else { continue }
                    try engine.accept(event.slot, by: event.interpreter, at: time)
                    push(
                        .end, at: time + random.exponential(mean: parameters.meanHandleTime), slot: event.slot,
                        generation: event.generation)
                case .end:
                    guard case .connected = engine.sessions[index].session.state else { continue }
                    try engine.end(event.slot, reason: .completed, by: .callTaker, at: time)
                case .abandon:
                    guard !engine.sessions[index].session.hasBeenConnected else { continue }
                    try engine.end(event.slot, reason: .callerHungUp, by: .caller, at: time)
                }
            } else {
                nextArrival = time + random.exponential(mean: 1 / totalPerSecond)
                let pick = random.unit()
                let index = cumulative.firstIndex { pick < $0 } ?? (requests.count - 1)
                let urgencyPick = random.unit()
                let urgency = urgencyCumulative.first { urgencyPick < $0.1 }?.0 ?? .green
                let request = SessionRequest(
                    language: requests[index].language, line: parameters.line, urgency: urgency)
                calls += 1
                let id = SessionID("s\(calls)")
                _ = try engine.request(id, request, at: time)
                if let patience = parameters.meanPatience, let slot = engine.slotOfSession[id] {
                    push(
                        .abandon, at: time + random.exponential(mean: patience), slot: slot,
                        generation: engine.sessions[Int(slot)].generation)
                }
            }
            try answerOffers()
        }
        let utilisation = atArrivalsEnd ?? engine.metrics(at: max(time, arrivalsEnd))
        return SimulationReport(
            parameters: parameters, calls: calls, unfinished: engine.slotOfSession.count, events: handled,
            simulatedSeconds: time - start,
            metrics: Self.metrics(engine.metrics(at: time), utilisationFrom: utilisation))
    }

    /// Waits and counts from the whole run, utilisation from the time calls arrived: the week of draining
    /// after the last arrival would dilute it.
    private static func metrics(_ final: RoutingMetrics, utilisationFrom window: RoutingMetrics) -> RoutingMetrics {
        func replacing(_ metrics: LanguageMetrics, _ utilisation: Double?) -> LanguageMetrics {
            LanguageMetrics(
                language: metrics.language, requests: metrics.requests, connected: metrics.connected,
                queuedOnArrival: metrics.queuedOnArrival, abandoned: metrics.abandoned,
                noInterpreter: metrics.noInterpreter, meanTimeToInterpreter: metrics.meanTimeToInterpreter,
                p50: metrics.p50, p90: metrics.p90, p99: metrics.p99, connectedWithin15s: metrics.connectedWithin15s,
                connectedWithin60s: metrics.connectedWithin60s, utilisation: utilisation)
        }
        return RoutingMetrics(
            languages: final.languages.map { replacing($0, window.metrics(for: $0.language)?.utilisation) },
            all: replacing(final.all, window.all.utilisation))
    }
}
