import ArgumentParser
import Foundation
import Tsuho

extension EmergencyLine: ExpressibleByArgument {}
extension Urgency: ExpressibleByArgument {}

/// `tsuho route`: who would interpret a call now, ranked, and why each interpreter is chosen or passed
/// over.
struct RouteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "route",
        abstract: "Rank the interpreters who could take a call in a language, with why each is chosen or passed over.",
        discussion: """
            The ranking is the router's policy on a fresh roster at the given time: interpreters of the \
            language at native or professional level first, then those at relay-only level, then those of \
            its relay languages (from languages.tsv) in order; within a tier the least loaded and longest \
            idle first (on a fresh roster, idle since their shift began). When nobody is free the call \
            waits, red before yellow before the rest, and the call-taker uses やさしい日本語 with \
            pictograms meanwhile. With --lenient, bad roster rows are reported and left out.
            """)

    @OptionGroup var roster: RosterOptions

    @Option(name: .customLong("lang"), help: "The caller's language, a tag such as ne.")
    var language: String

    @Option(name: .long, help: "The emergency line: 110 (police) or 119 (fire and ambulance).")
    var line: EmergencyLine = .fireAndAmbulance

    @Option(name: .long, help: "The urgency: red, yellow, green or white.")
    var urgency: Urgency = .green

    @Option(
        name: .long,
        help: ArgumentHelp(
            "When, in Japan time unless an offset is given: 2026-12-07T03:00, 2026-12-07 03:00, …+09:00 or …Z. Default: now.",
            valueName: "time"))
    var at: String?

    @Flag(name: .long, help: "Print JSON instead of text.")
    var json = false

    struct Output: Encodable {
        let language: LanguageCode
        let languageName: String?
        let relayLanguages: [LanguageCode]
        let line: EmergencyLine
        let urgency: Urgency
        let time: String
        let decision: String
        let fallback: Fallback
        let candidates: [Candidate]
    }

    struct Candidate: Encodable {
        let rank: Int?
        let interpreter: InterpreterID
        let centre: String
        let route: RouteKind
        let status: CandidateStatus
        let load: Int
        let maxSessions: Int
        let idleSince: String?
        let nextOnDuty: String?
        let reason: String
    }

    func validate() throws {
        if let at, TokyoTime.parse(at) == nil {
            throw ValidationError(
                "--at \"\(at)\" is not a time such as 2026-12-07T03:00 (Japan time) or 2026-12-06T18:00Z.")
        }
    }

    func run() throws {
        let time = at.flatMap(TokyoTime.parse) ?? Date()
        let interpreters = try roster.load()
        let languages = try roster.languages()
        let code = LanguageCode(language)
        let candidates = InterpreterRouter.rankCandidates(
            for: code, roster: interpreters, languages: languages, at: time)
        let decision: String
        if let chosen = candidates.first(where: \.isChosen) {
            decision = "offer to \(chosen.interpreter) (\(chosen.route)); やさしい日本語 with pictograms until they accept"
        } else if candidates.isEmpty {
            decision =
                "nobody in the roster interprets \(code) or a relay language: やさしい日本語 with pictograms (the session ends as no-interpreter)"
        } else {
            decision =
                "nobody is free: the call waits (\(urgency) is served \(urgency.queueRank == 0 ? "first" : urgency.queueRank == 1 ? "after red" : "after red and yellow")), with やさしい日本語 and pictograms meanwhile"
        }
        if json {
            try JSONOutput.print(
                Output(
                    language: code, languageName: languages.language(code)?.englishName,
                    relayLanguages: languages.relayLanguages(of: code), line: line, urgency: urgency,
                    time: TokyoTime.format(time), decision: decision, fallback: .easyJapaneseWithPictograms,
                    candidates: candidates.map {
                        Candidate(
                            rank: $0.rank, interpreter: $0.interpreter, centre: $0.centre, route: $0.route,
                            status: $0.status, load: $0.load, maxSessions: $0.maxSessions,
                            idleSince: $0.idleSince.map { TokyoTime.format($0) },
                            nextOnDuty: $0.nextOnDuty.map { TokyoTime.format($0) }, reason: $0.reason)
                    }))
            return
        }
        let name = languages.language(code).map { " (\($0.englishName))" } ?? " (not in languages.tsv)"
        let relays = languages.relayLanguages(of: code)
        print("\(code)\(name) on \(line), urgency \(urgency), at \(TokyoTime.describe(time)) Japan time")
        print("relay languages: \(relays.isEmpty ? "none" : relays.map(\.rawValue).joined(separator: ", "))")
        print("decision: \(decision)")
        guard !candidates.isEmpty else { return }
        let width = max(11, candidates.map(\.interpreter.rawValue.count).max() ?? 0)
        let routeWidth = max(5, candidates.map(\.route.description.count).max() ?? 0)
        print(
            "rank  " + "interpreter".padding(width) + "  " + "centre".padding(8) + "  " + "route".padding(routeWidth)
                + "  " + "status".padding(8) + "  reason")
        for candidate in candidates {
            let rank = candidate.rank.map { String($0) } ?? "-"
            print(
                rank.padding(4, left: true) + "  " + candidate.interpreter.rawValue.padding(width) + "  "
                    + candidate.centre.padding(8) + "  " + candidate.route.description.padding(routeWidth) + "  "
                    + candidate.status.rawValue.padding(8) + "  " + candidate.reason)
        }
    }
}
