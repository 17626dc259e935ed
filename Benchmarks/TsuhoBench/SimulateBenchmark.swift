import Foundation
import Tsuho

/// A staffing simulation of 1,000,000 calls: 10 languages over 30 days (about 1,390 calls an hour, 8 min
/// handle time, 185 Erlangs) against 220 interpreters: most around the clock, some on day and overnight
/// shifts, a third with English as a relay language; 10% red, 30% yellow; interpreters answer in 5 s and
/// callers hang up after 3 min on average.
enum SimulateBenchmark {
    static let rates: [(LanguageCode, Double)] = [
        ("en", 300), ("zh-Hans", 250), ("vi", 200), ("ko", 150), ("pt", 120), ("es", 120), ("ne", 80), ("tl", 80),
        ("th", 50), ("id", 39),
    ]

    static func run() throws {
        let languages = try LanguageList(location: DataLocation.bundled())
        let roster = try roster()
        let parameters = SimulationParameters(
            arrivals: rates.map { ArrivalRate(language: $0.0, perHour: $0.1) }, meanHandleTime: 480,
            duration: 1_000_000 / 1389 * 3600, seed: 1, answerTime: 5, meanPatience: 180)
        let simulator = StaffingSimulator(roster: roster, languages: languages, parameters: parameters)
        var report: SimulationReport?
        let seconds = try medianSeconds(repeats: 3) { report = try simulator.run() }
        guard let report else { return }
        let all = report.metrics.all
        print(
            String(
                format:
                    "simulate: %d calls, %d interpreters, %d events in %.2f s (median of 3): %.0f calls/s; all languages: P(wait) %.1f%%, within 15 s %.1f%%, abandoned %.2f%%, utilisation %.1f%%",
                report.calls, roster.interpreters.count, report.events, seconds, Double(report.calls) / seconds,
                (all.waitingProbability ?? 0) * 100, (all.connectedWithin15s ?? 0) * 100, (all.abandonment ?? 0) * 100,
                (all.utilisation ?? 0) * 100))
    }

    static func roster() throws -> Roster {
        guard let contact = ContactURI(rawValue: "sip:bench@interp.example.jp") else {
            return try Roster(interpreters: [])
        }
        let day = try WeeklySchedule(parsing: "daily 08:00-17:00")
        let night = try WeeklySchedule(parsing: "daily 20:00-05:00")
        var interpreters: [Interpreter] = []
        for (language, perHour) in rates {
            let erlangs = perHour * 480 / 3600
            let count = Int((erlangs / 0.85).rounded(.up)) + 2
            for index in 0..<count {
                var skills = [LanguageSkill(language: language, level: .native)]
                if language != "en", index % 3 == 0 {
                    skills.append(LanguageSkill(language: "en", level: .professional))
                }
                let schedule = index % 10 == 8 ? day : index % 10 == 9 ? night : .aroundTheClock
                interpreters.append(
                    Interpreter(
                        id: InterpreterID("\(language)-\(index)"), centre: "c\(index % 3)", skills: skills,
                        schedule: schedule, maxSessions: 1, contact: contact))
            }
        }
        return try Roster(interpreters: interpreters)
    }
}
