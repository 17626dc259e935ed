import Foundation
import Testing
import Tsuho

/// The staffing simulator against Erlang C, and its determinism.
struct InterpretingSimulatorTests {
    @Test func erlangCFormulasMatchKnownValues() {
        // A textbook case: 10 agents, 8 Erlangs offered.
        #expect(abs(ErlangC.probabilityOfWaiting(servers: 10, offeredLoad: 8) - 0.409) < 0.001)
        // M/M/1: P(wait) = ρ, mean wait = ρ / (1 − ρ) × h.
        #expect(abs(ErlangC.probabilityOfWaiting(servers: 1, offeredLoad: 0.5) - 0.5) < 1e-12)
        #expect(abs(ErlangC.meanWait(servers: 1, offeredLoad: 0.5, meanHandleTime: 60) - 60) < 1e-9)
        #expect(ErlangC.probabilityOfWaiting(servers: 3, offeredLoad: 3) == 1)
        // Stable for many servers.
        let many = ErlangC.probabilityOfWaiting(servers: 500, offeredLoad: 480)
        #expect(many > 0 && many < 1)
    }

    /// M/M/c runs against Erlang C: probability of waiting within 2 points, mean wait within 5%.
    ///
    /// The cases converge within these call counts with a wide margin: over 12 to 20 seeds the mean wait's error
    /// has a standard deviation of 1.1%, 1.5% and 1.4% (a 5% miss is more than three of them away). Heavy
    /// traffic with many interpreters (c = 20 at 0.9) needs millions of calls for 5%, too slow for a debug
    /// test; `tsuho-bench erlang` runs the whole sweep in release.
    @Test(arguments: [(1, 0.5, 200_000), (2, 0.7, 500_000), (5, 0.5, 600_000)])
    func simulatorAgreesWithErlangC(servers: Int, load: Double, calls: Int) throws {
        let handle = 480.0
        let perHour = load * Double(servers) / handle * 3600
        let parameters = SimulationParameters(
            arrivals: [ArrivalRate(language: "vi", perHour: perHour)], meanHandleTime: handle,
            duration: Double(calls) / perHour * 3600, seed: 7)
        let report = try StaffingSimulator(
            roster: InterpretingFixtures.pool(servers), languages: InterpretingFixtures.languages(),
            parameters: parameters
        ).run()
        let metrics = try #require(report.metrics.metrics(for: "vi"))
        let offered = load * Double(servers)
        let expectedWaiting = ErlangC.probabilityOfWaiting(servers: servers, offeredLoad: offered)
        let expectedWait = ErlangC.meanWait(servers: servers, offeredLoad: offered, meanHandleTime: handle)
        let waiting = try #require(metrics.waitingProbability)
        let wait = try #require(metrics.meanTimeToInterpreter)
        #expect(abs(waiting - expectedWaiting) < 0.02, "P(wait) \(waiting) vs \(expectedWaiting)")
        #expect(abs(wait - expectedWait) / expectedWait < 0.05, "mean wait \(wait) vs \(expectedWait)")
        #expect(abs((metrics.utilisation ?? 0) - load) < 0.02)
        #expect(report.unfinished == 0)
    }
}
