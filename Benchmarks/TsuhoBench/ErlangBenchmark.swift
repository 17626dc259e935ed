import Foundation
import Tsuho

/// The staffing simulator against Erlang C over a sweep of M/M/c queues: c interpreters of one language
/// on duty around the clock, Poisson arrivals, exponential handle times (mean 8 min), answers at once,
/// callers who never hang up. Each case runs several independent replications (seeds 1…R) and compares
/// their mean with the formula: probability of waiting within 2 points, mean wait within 5%.
enum ErlangBenchmark {
    static let servers = [1, 2, 5, 10, 20, 50]
    static let loads = [0.5, 0.7, 0.8, 0.9, 0.95]
    static let replications = 8

    static func run() throws {
        let languages = LanguageList([
            Language(
                code: "vi", englishName: "Vietnamese", nativeName: "Tiếng Việt", script: "Latn",
                direction: .leftToRight, needsSegmenter: false, icuLocale: "vi", relayLanguages: [])
        ])
        let handle = 480.0
        print("erlang: c, load, calls, P(wait) sim/Erlang C (diff), mean wait sim/Erlang C (diff, ±1 SE), result")
        var failures = 0
        var inconclusive = 0
        var totalCalls = 0
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            for count in servers {
                let roster = try pool(count)
                for load in loads {
                    let perHour = load * Double(count) / handle * 3600
                    // A pilot run, then, when its standard error is above 1.5%, a run long enough to bring
                    // it there (at most 32 million calls).
                    var calls = callsNeeded(servers: count, load: load)
                    var (waiting, waits) = try replicate(
                        roster: roster, languages: languages, perHour: perHour, handle: handle, calls: calls)
                    totalCalls += calls
                    let pilotError =
                        standardDeviation(waits) / Double(replications).squareRoot() / max(mean(waits), 1e-9)
                    // Without a single wait in the pilot (very light traffic) there is no error to go by:
                    // the longest run.
                    if pilotError > 0.015 || mean(waits) == 0, calls < maximumCalls {
                        let scale = mean(waits) == 0 ? .infinity : (pilotError / 0.015) * (pilotError / 0.015) * 1.2
                        calls = min(maximumCalls, Int(min(Double(calls) * scale, 1e12)) / replications * replications)
                        (waiting, waits) = try replicate(
                            roster: roster, languages: languages, perHour: perHour, handle: handle, calls: calls)
                        totalCalls += calls
                    }
                    let offered = load * Double(count)
                    let expectedWaiting = ErlangC.probabilityOfWaiting(servers: count, offeredLoad: offered)
                    let expectedWait = ErlangC.meanWait(servers: count, offeredLoad: offered, meanHandleTime: handle)
                    let simWaiting = mean(waiting)
                    let simWait = mean(waits)
                    let waitingDiff = (simWaiting - expectedWaiting) * 100
                    let waitDiff = (simWait - expectedWait) / expectedWait * 100
                    let standardError =
                        standardDeviation(waits) / Double(replications).squareRoot() / expectedWait * 100
                    let pass = abs(waitingDiff) <= 2 && abs(waitDiff) <= 5
                    // A miss within two standard errors cannot be told from noise: the run was too short.
                    let verdict =
                        pass
                        ? "pass" : standardError * 2 > abs(waitDiff) || simWait == 0 ? "inconclusive" : "FAIL"
                    failures += verdict == "FAIL" ? 1 : 0
                    inconclusive += verdict == "inconclusive" ? 1 : 0
                    print(
                        String(
                            format:
                                "erlang: c=%2d load=%.2f calls=%9d  P(wait) %.4f / %.4f (%+.2f pts)  W %9.3f s / %9.3f s (%+.2f%%, SE %.2f%%)  %@",
                            count, load, calls, simWaiting, expectedWaiting, waitingDiff, simWait, expectedWait,
                            waitDiff, standardError, verdict))
                }
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let cases = servers.count * loads.count
        print(
            String(
                format: "erlang: %d of %d cases pass, %d fail, %d inconclusive; %d calls simulated in %.1f s",
                cases - failures - inconclusive, cases, failures, inconclusive, totalCalls, seconds))
    }

    static let maximumCalls = 32_000_000

    /// Runs independent replications (seeds 1…R) of `calls / R` calls each: per replication, the
    /// probability of waiting and the mean wait.
    static func replicate(
        roster: Roster, languages: LanguageList, perHour: Double, handle: Double, calls: Int
    ) throws -> ([Double], [Double]) {
        var waiting: [Double] = []
        var waits: [Double] = []
        for replication in 1...replications {
            let parameters = SimulationParameters(
                arrivals: [ArrivalRate(language: "vi", perHour: perHour)], meanHandleTime: handle,
                duration: Double(calls / replications) / perHour * 3600, seed: UInt64(replication))
            let metrics = try StaffingSimulator(roster: roster, languages: languages, parameters: parameters).run()
                .metrics.all
            waiting.append(metrics.waitingProbability ?? 0)
            waits.append(metrics.meanTimeToInterpreter ?? 0)
        }
        return (waiting, waits)
    }

    /// Calls for a case, so that the standard error of the mean wait stays near 1.5% (a 5% miss is then
    /// more than three standard errors): heavy traffic needs (1 − ρ)^-2 times more, more servers fewer.
    static func callsNeeded(servers: Int, load: Double) -> Int {
        let base = 60_000.0 / ((1 - load) * (1 - load)) / Double(servers).squareRoot()
        return min(24_000_000, max(400_000, Int(base / 8) * 8))
    }

    static func pool(_ count: Int) throws -> Roster {
        guard let contact = ContactURI(rawValue: "tel:+81-3-0000-0000") else { return try Roster(interpreters: []) }
        return try Roster(
            interpreters: (0..<count).map { index in
                Interpreter(
                    id: InterpreterID("vi-\(index)"), centre: "bench",
                    skills: [LanguageSkill(language: "vi", level: .professional)], schedule: .aroundTheClock,
                    maxSessions: 1, contact: contact)
            })
    }

    static func mean(_ values: [Double]) -> Double {
        values.reduce(0, +) / Double(values.count)
    }

    static func standardDeviation(_ values: [Double]) -> Double {
        let average = mean(values)
        return (values.reduce(0) { $0 + ($1 - average) * ($1 - average) } / Double(values.count - 1)).squareRoot()
    }
}
