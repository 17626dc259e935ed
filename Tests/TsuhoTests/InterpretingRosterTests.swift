import Foundation
import Testing
import Tsuho

/// The roster file format: parsing, errors naming file, line and field, lenient loading.
struct InterpretingRosterTests {
    static let header = Roster.header.joined(separator: "\t")

    static func roster(_ rows: [String], mode: LoadingMode = .strict) throws -> Roster {
        try Roster(
            bytes: Array(([header] + rows).joined(separator: "\n").appending("\n").utf8), file: "roster.tsv", mode: mode
        )
    }

    @Test func aRowBecomesAnInterpreter() throws {
        let roster = try Self.roster([
            "tokyo-vi-01\tTokyo\tvi:native | en:professional | th:relay-only\tmon-fri 09:00-18:00 | sat 22:00-06:00\t2026-12-31 off | 2027-01-02 10:00-16:00\t2\ttel:+81-3-1234-5678"
        ])
        let interpreter = try #require(roster.interpreter("tokyo-vi-01"))
        #expect(interpreter.centre == "Tokyo")
        #expect(
            interpreter.skills == [
                LanguageSkill(language: "vi", level: .native), LanguageSkill(language: "en", level: .professional),
                LanguageSkill(language: "th", level: .relayOnly),
            ])
        #expect(interpreter.maxSessions == 2)
        #expect(interpreter.contact.scheme == "tel")
        #expect(interpreter.schedule.description == "mon-fri 09:00-18:00 | sat 22:00-06:00")
        #expect(interpreter.schedule.exceptions.map(\.description) == ["2026-12-31 off", "2027-01-02 10:00-16:00"])
        #expect(roster.languages == ["en", "th", "vi"])
    }

    @Test func everyBadCellIsReportedWithFileLineColumnAndField() throws {
        let rows = [
            "ok-1\tTokyo\ten:native\tdaily 00:00-24:00\t\t1\tsip:ok-1@interp.example.jp",
            "bad 2\t\ten:fluent\tmon-fry 09:00-18:00\t2026-02-30 off\t0\thttp://example.jp",
        ]
        #expect {
            _ = try Self.roster(rows)
        } throws: { error in
            guard let error = error as? RosterError, error.code == .malformedData else { return false }
            let messages = error.diagnostics.map(\.description)
            return messages.count == 7
                && messages.contains { $0.hasPrefix("roster.tsv:3:1: error: id: ") }
                && messages.contains { $0.hasPrefix("roster.tsv:3:7: error: centre: the centre is empty") }
                && messages.contains { $0.contains("roster.tsv:3:8: error: languages: the level must be native") }
                && messages.contains { $0.contains("error: schedule: unknown day \"fry\"") }
                && messages.contains { $0.contains("error: exceptions: \"2026-02-30\" is not a date") }
                && messages.contains { $0.contains("error: max_sessions: expected a whole number from 1 to 99") }
                && messages.contains { $0.contains("error: contact: the scheme must be tel:, sip: or sips:") }
        }
    }

    @Test func lenientLoadingKeepsEveryGoodRow() throws {
        let roster = try Self.roster(
            [
                "ok-1\tTokyo\ten:native\tdaily 00:00-24:00\t\t1\ttel:+81-3-0000-0001",
                "bad-2\tTokyo\ten:native\tdaily 25:00-26:00\t\t1\ttel:+81-3-0000-0002",
                "ok-1\tOsaka\tvi:native\tdaily 00:00-24:00\t\t1\ttel:+81-6-0000-0003",
                "ok-4\tOsaka\tvi:native\t\t\t1\ttel:+81-6-0000-0004",
            ], mode: .lenient)
        #expect(roster.interpreters.map(\.id) == ["ok-1", "ok-4"])
        let errors = roster.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 2)
        #expect(errors[0].line == 3 && errors[0].message.hasPrefix("schedule: "))
        #expect(errors[1].line == 4 && errors[1].message.contains("duplicate id \"ok-1\" (first on line 2)"))
    }

    @Test func structuralProblemsAreReportedLikeDictionaryFiles() throws {
        let bytes = Array("id\tcentre\n".utf8)
        #expect {
            _ = try Roster(bytes: bytes, file: "short.tsv")
        } throws: { error in
            (error as? RosterError)?.message.contains("short.tsv:1:1: error: expected the header") == true
        }
        let roster = try Self.roster(["a\tb\tc"], mode: .lenient)
        #expect(roster.diagnostics.first?.description == "roster.tsv:2:1: error: expected 7 columns, found 3.")
    }

    @Test func contactsAreOpaqueButSchemesAreChecked() {
        #expect(ContactURI(rawValue: "tel:+81-3-1234-5678") != nil)
        #expect(ContactURI(rawValue: "sip:en-01@interp.example.jp") != nil)
        #expect(ContactURI(rawValue: "SIPS:en-01@interp.example.jp")?.scheme == "sips")
        #expect(ContactURI(rawValue: "mailto:x@example.jp") == nil)
        #expect(ContactURI(rawValue: "tel:") == nil)
        #expect(ContactURI(rawValue: "tel:+81 3 1234") == nil)
        #expect(ContactURI(rawValue: "+81-3-1234-5678") == nil)
    }

    @Test func theExampleRosterLoadsCleanly() throws {
        let url = TestData.repository.appendingPathComponent("Examples/roster.tsv")
        let roster = try Roster(contentsOf: url)
        #expect(roster.interpreters.count >= 30)
        #expect(Set(roster.interpreters.map(\.centre)).count == 3)
        let languages = try LanguageList(location: DataLocation(folder: TestData.repository))
        for code in roster.languages {
            #expect(languages.language(code) != nil, "\(code) is not in languages.tsv")
        }
        // The five around-the-clock languages have someone on duty at every hour of a week.
        let monday = try InterpretingFixtures.monday()
        for hour in 0..<(7 * 24) {
            let time = monday.addingTimeInterval(Double(hour) * 3600 + 1800)
            for language: LanguageCode in ["en", "zh-Hans", "ko", "pt", "es"] {
                let onDuty = roster.interpreters.contains { interpreter in
                    interpreter.level(in: language)?.interpretsDirectly == true
                        && interpreter.schedule.isOnDuty(at: time)
                }
                #expect(onDuty, "nobody for \(language) at \(TokyoTime.describe(time))")
            }
        }
    }
}
