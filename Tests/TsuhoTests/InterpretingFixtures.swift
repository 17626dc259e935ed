import Foundation
import Testing
import Tsuho

/// Rosters, languages and times for the interpreting tests.
enum InterpretingFixtures {
    /// A language list with relay languages: ne and vi relay through en, pt through es then en.
    static let languagesTSV = """
        tag\tenglish\tnative\tscript\tdirection\tsegmenter\ticu_locale\trelay
        ja\tJapanese\t日本語\tJpan\tltr\tyes\tja\t
        en\tEnglish\tEnglish\tLatn\tltr\tno\ten\t
        vi\tVietnamese\tTiếng Việt\tLatn\tltr\tno\tvi\ten
        ne\tNepali\tनेपाली\tDeva\tltr\tno\tne\ten
        pt\tPortuguese\tPortuguês\tLatn\tltr\tno\tpt\tes | en
        es\tSpanish\tEspañol\tLatn\tltr\tno\tes\tpt | en
        th\tThai\tไทย\tThai\tltr\tyes\tth\ten

        """

    static func languages() throws -> LanguageList {
        try LanguageList(bytes: Array(languagesTSV.utf8))
    }

    /// A time in Japan, such as "2026-12-07T10:00" (a Monday).
    static func time(_ text: String) throws -> Date {
        try #require(TokyoTime.parse(text), "not a time: \(text)")
    }

    /// Monday 2026-12-07 10:00 in Japan.
    static func monday() throws -> Date {
        try time("2026-12-07T10:00")
    }

    /// An interpreter from roster cells.
    static func interpreter(
        _ id: String, _ languages: String, schedule: String = "daily 00:00-24:00", exceptions: String = "",
        maxSessions: Int = 1
    ) throws -> Interpreter {
        let row = "\(id)\tcentre\t\(languages)\t\(schedule)\t\(exceptions)\t\(maxSessions)\ttel:+81-3-0000-0000\n"
        let roster = try Roster(bytes: Array((Roster.header.joined(separator: "\t") + "\n" + row).utf8), file: "test")
        return try #require(roster.interpreters.first)
    }

    /// A roster of interpreters.
    static func roster(_ interpreters: [Interpreter]) throws -> Roster {
        try Roster(interpreters: interpreters)
    }

    /// A roster of `count` interpreters of one language, on duty around the clock, one session each.
    static func pool(_ count: Int, language: LanguageCode = "vi") throws -> Roster {
        try Roster(
            interpreters: (0..<count).map { index in
                Interpreter(
                    id: InterpreterID("\(language)-\(index)"), centre: "test",
                    skills: [LanguageSkill(language: language, level: .professional)],
                    schedule: .aroundTheClock, maxSessions: 1, contact: try #require(ContactURI(rawValue: "tel:+81-0")))
            })
    }
}
