import Foundation
import Testing

/// `tsuho route`, `tsuho simulate` and `tsuho audit`, run as a planner or supervisor would.
struct InterpretingCommandTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let roster = repository.appendingPathComponent("Examples/roster.tsv").path

    static func temporaryFile(_ name: String, _ text: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tsuho-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func routeRanksCandidatesAndSaysWhy() throws {
        let run = try TsuhoEndToEndTests.tsuho([
            "route", "--roster", Self.roster, "--lang", "ne", "--line", "119", "--urgency", "red", "--at",
            "2026-12-07T10:30",
        ])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("ne (Nepali) on 119, urgency red, at 2026-12-07 10:30 Japan time"))
        #expect(run.output.contains("relay languages: en"))
        #expect(run.output.contains("decision: offer to tokyo-ne-01 (direct (native))"))
        #expect(run.output.contains("chosen: the first tier with someone free is direct interpreters of ne"))
        #expect(run.output.contains("osaka-ne-01"))
        #expect(run.output.contains("passed over: off duty until 2026-12-12 10:00."))
        #expect(
            run.output.contains(
                "passed over: interpreters of the relay language en come after direct interpreters of ne"))
    }

    @Test func routeAtNightFallsBackToRelayAndPrintsJSON() throws {
        let run = try TsuhoEndToEndTests.tsuho([
            "route", "--roster", Self.roster, "--lang", "ne", "--at", "2026-12-07T18:00:00Z", "--json",
        ])
        #expect(run.status == 0, "\(run.error)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(json["time"] as? String == "2026-12-08T03:00:00+09:00")
        let candidates = try #require(json["candidates"] as? [[String: Any]])
        let first = try #require(candidates.first)
        #expect(first["rank"] as? Int == 1)
        #expect(first["interpreter"] as? String == "fukuoka-en-02")
        #expect((first["route"] as? [String: Any])?["through"] as? String == "en")
    }

    @Test func routeWithNobodyGivesTheFallback() throws {
        let run = try TsuhoEndToEndTests.tsuho([
            "route", "--roster", Self.roster, "--lang", "si", "--at", "2026-12-07T10:30",
        ])
        #expect(run.status == 0)
        #expect(run.output.contains("やさしい日本語 with pictograms"))
        let bad = try TsuhoEndToEndTests.tsuho(["route", "--roster", Self.roster, "--lang", "ne", "--at", "someday"])
        #expect(bad.status == 64)
        #expect(bad.error.contains("--at \"someday\""))
        let missing = try TsuhoEndToEndTests.tsuho(["route", "--roster", "/nonexistent/roster.tsv", "--lang", "ne"])
        #expect(missing.status == 65)
        #expect(missing.error.contains("/nonexistent/roster.tsv"))
    }

    @Test func aBrokenRosterNamesFileLineColumnAndField() throws {
        var text = try String(contentsOfFile: Self.roster, encoding: .utf8)
        text += "kobe-vi-01\tKobe\tvi:native\tmon-fry 09:00-18:00\t\t1\ttel:+81-78-000-0000\n"
        let url = try Self.temporaryFile("roster.tsv", text)
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let strict = try TsuhoEndToEndTests.tsuho(["route", "--roster", url.path, "--lang", "vi"])
        #expect(strict.status == 65)
        #expect(strict.error.contains("roster.tsv:42:27: error: schedule: unknown day \"fry\""), "\(strict.error)")
        let lenient = try TsuhoEndToEndTests.tsuho(["route", "--roster", url.path, "--lang", "vi", "--lenient"])
        #expect(lenient.status == 0)
        #expect(lenient.error.contains("roster.tsv:42:27"))
        #expect(!lenient.output.contains("kobe-vi-01"))
    }

    @Test func simulateIsDeterministicForASeed() throws {
        let arguments = [
            "simulate", "--roster", Self.roster, "--arrivals", "en:4/h,vi:2/h,ne:1/h", "--handle-time", "8m",
            "--duration", "7d", "--json",
        ]
        let first = try TsuhoEndToEndTests.tsuho(arguments + ["--seed", "3"])
        let again = try TsuhoEndToEndTests.tsuho(arguments + ["--seed", "3"])
        let other = try TsuhoEndToEndTests.tsuho(arguments + ["--seed", "4"])
        #expect(first.status == 0, "\(first.error)")
        #expect(first.output == again.output)
        #expect(first.output != other.output)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(first.output.utf8)) as? [String: Any])
        #expect((json["calls"] as? Int ?? 0) > 800)
        let metrics = try #require(json["metrics"] as? [String: Any])
        let languages = try #require(metrics["languages"] as? [[String: Any]])
        #expect(Set(languages.compactMap { $0["language"] as? String }).isSuperset(of: ["en", "vi", "ne"]))
        let text = try TsuhoEndToEndTests.tsuho(Array(arguments.dropLast()) + ["--seed", "3"])
        #expect(text.output.contains("P(wait)"))
        #expect(text.output.contains("utilisation"))
        let bad = try TsuhoEndToEndTests.tsuho(["simulate", "--roster", Self.roster, "--arrivals", "vi:12/x"])
        #expect(bad.status == 64)
    }

    static let records = [
        #"{"time":"2026-12-07T10:00:00.000+09:00","session":"s1","from":null,"to":{"state":"requested"},"by":"call-taker","why":"requested","language":"vi","line":"119","urgency":"red"}"#,
        #"{"time":"2026-12-07T10:00:00.000+09:00","session":"s1","from":{"state":"requested"},"to":{"state":"offering","interpreter":"tokyo-vi-01"},"by":"router","why":"offered","route":{"kind":"direct","level":"native"}}"#,
        #"{"time":"2026-12-07T10:00:04.000+09:00","session":"s1","from":{"state":"offering","interpreter":"tokyo-vi-01"},"to":{"state":"connected","interpreter":"tokyo-vi-01"},"by":"interpreter:tokyo-vi-01","why":"accepted"}"#,
        #"{"time":"2026-12-07T10:01:00.000+09:00","session":"s2","from":null,"to":{"state":"requested"},"by":"call-taker","why":"requested","language":"si","line":"110","urgency":"green"}"#,
        #"{"time":"2026-12-07T10:01:00.000+09:00","session":"s2","from":{"state":"requested"},"to":{"state":"ended","reason":"no-interpreter"},"by":"router","why":"no-interpreter"}"#,
    ]

    @Test func auditShowsRecordsAndFinalStatesAndReportsATornLine() throws {
        let torn = Self.records.joined(separator: "\n") + "\n" + #"{"time":"2026-12-07T10:09:00.000+09:00","sess"#
        let url = try Self.temporaryFile("audit.jsonl", torn)
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let run = try TsuhoEndToEndTests.tsuho(["audit", url.path])
        #expect(run.status == 0, "\(run.error)")
        #expect(
            run.output.contains(
                "2026-12-07T10:00:04.000+09:00  s1  offering(tokyo-vi-01) → connected(tokyo-vi-01)  by interpreter:tokyo-vi-01  (accepted)"
            ))
        #expect(run.output.contains("final states:\n  s1\tconnected(tokyo-vi-01)\n  s2\tended(no-interpreter)"))
        let offset = Self.records.joined(separator: "\n").utf8.count + 1
        #expect(run.error.contains("audit.jsonl:6: the last line"))
        #expect(run.error.contains("byte offset \(offset)"))
        let one = try TsuhoEndToEndTests.tsuho(["audit", url.path, "--session", "s2", "--json"])
        #expect(one.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(one.output.utf8)) as? [String: Any])
        #expect((json["records"] as? [Any])?.count == 2)
        #expect(
            ((json["finalStates"] as? [String: Any])?["s2"] as? [String: Any])?["reason"] as? String == "no-interpreter"
        )
        #expect((json["tornLine"] as? [String: Any])?["byteOffset"] as? Int == offset)
    }

    @Test func auditExitsWith65OnDamageButShowsEveryGoodRecord() throws {
        let damaged = [Self.records[0], "{not json", Self.records[1], Self.records[3], Self.records[2]]
        let url = try Self.temporaryFile("audit.jsonl", damaged.joined(separator: "\n") + "\n")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let run = try TsuhoEndToEndTests.tsuho(["audit", url.path])
        #expect(run.status == 65)
        #expect(run.output.split(separator: "\n").filter { $0.hasPrefix("2026-") }.count == 4)
        #expect(run.error.contains("audit.jsonl:2: not a valid record"))
        let missing = try TsuhoEndToEndTests.tsuho(["audit", "/nonexistent/audit.jsonl"])
        #expect(missing.status == 65)
    }
}
