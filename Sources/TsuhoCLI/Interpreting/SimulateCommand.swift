import ArgumentParser
import Foundation
import Tsuho

/// `tsuho simulate`: how a roster copes with a load of calls, per language, for staffing planners.
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Simulate calls against a roster and report waits, service levels and utilisation per language.",
        discussion: """
            A discrete-event simulation that drives the router's own code with a simulated clock: calls \
            arrive as a Poisson process per language, handle times are exponential with the given mean, \
            interpreters follow their schedules. The same seed gives the same result. With one language, \
            c interpreters around the clock and --answer-time 0 it is an M/M/c queue and agrees with Erlang C.
            """)

    @OptionGroup var roster: RosterOptions

    @Option(name: .long, help: "Calls per language, such as \"vi:12/h,ne:3/h\" (per s, m, h or d).")
    var arrivals: String

    @Option(name: .long, help: "The mean handle time, such as 8m.")
    var handleTime: String = "8m"

    @Option(name: .long, help: "How long calls arrive, such as 30d.")
    var duration: String = "30d"

    @Option(name: .long, help: "The random seed; the same seed gives the same run.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "How long an interpreter takes to accept an offer, such as 5s (default: at once).")
    var answerTime: String = "0s"

    @Option(
        name: .long, help: "The mean time a waiting caller holds on before hanging up, such as 3m (default: never).")
    var patience: String?

    @Option(name: .long, help: "The offer timeout, such as 20s.")
    var offerTimeout: String = "20s"

    @Option(name: .long, help: "The share of red, yellow and white calls; the rest is green.")
    var urgencyMix: String = "red:0.1,yellow:0.3"

    @Option(name: .long, help: "When the simulation starts, in Japan time (default: 2026-01-05T00:00, a Monday).")
    var start: String = "2026-01-05T00:00"

    @Flag(name: .long, help: "Print JSON instead of text.")
    var json = false

    func parameters() throws -> SimulationParameters {
        guard let startTime = TokyoTime.parse(start) else {
            throw ValidationError("--start \"\(start)\" is not a time such as 2026-01-05T00:00.")
        }
        let handle = try DurationText.seconds(handleTime, option: "--handle-time")
        guard handle > 0 else { throw ValidationError("--handle-time must be more than 0.") }
        return SimulationParameters(
            arrivals: try DurationText.arrivals(arrivals), meanHandleTime: handle,
            duration: try DurationText.seconds(duration, option: "--duration"), seed: seed, start: startTime,
            answerTime: try DurationText.seconds(answerTime, option: "--answer-time"),
            meanPatience: try patience.map { try DurationText.seconds($0, option: "--patience") },
            urgencyShares: try DurationText.urgencyShares(urgencyMix),
            policy: RoutingPolicy(offerTimeout: try DurationText.seconds(offerTimeout, option: "--offer-timeout")))
    }

    func validate() throws {
        _ = try parameters()
    }

    func run() throws {
        let parameters = try parameters()
        let simulator = StaffingSimulator(
            roster: try roster.load(), languages: try roster.languages(), parameters: parameters)
        let clock = ContinuousClock()
        var report: SimulationReport?
        let elapsed = try clock.measure { report = try InterpretingFailure.reporting { try simulator.run() } }
        guard let report else { return }
        if json {
            try JSONOutput.print(report)
            return
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print(
            "\(report.calls) calls over \(DurationText.describe(parameters.duration)) from \(TokyoTime.describe(parameters.start)) Japan time, seed \(parameters.seed): \(report.events) events in \(String(format: "%.2f", seconds)) s"
        )
        print(
            "language  calls     P(wait)  mean wait   p50        p90        p99        ≤15 s    ≤60 s    abandoned  no one  utilisation"
        )
        for metrics in report.metrics.languages + [report.metrics.all] where metrics.requests > 0 {
            print(
                metrics.language.rawValue.padding(8) + "  " + String(metrics.requests).padding(8) + "  "
                    + percent(metrics.waitingProbability).padding(7) + "  "
                    + DurationText.describe(metrics.meanTimeToInterpreter).padding(10) + "  "
                    + DurationText.describe(metrics.p50).padding(9) + "  "
                    + DurationText.describe(metrics.p90).padding(9)
                    + "  " + DurationText.describe(metrics.p99).padding(9) + "  "
                    + percent(metrics.connectedWithin15s).padding(7) + "  "
                    + percent(metrics.connectedWithin60s).padding(7) + "  " + percent(metrics.abandonment).padding(9)
                    + "  " + String(metrics.noInterpreter).padding(6) + "  " + percent(metrics.utilisation))
        }
        if report.unfinished > 0 {
            print(
                "\(report.unfinished) sessions were still waiting a week after the last call (nobody on duty for them)."
            )
        }
    }

    private func percent(_ share: Double?) -> String {
        share.map { String(format: "%.1f%%", $0 * 100) } ?? "—"
    }
}
