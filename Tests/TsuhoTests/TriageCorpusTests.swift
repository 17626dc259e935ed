import Foundation
import Testing
import Tsuho

/// Agreement with the hand-labelled reports of `Tests/Data/triage/` (typed as callers type: typos, no
/// accents, romaji, mixed languages), per language: line, incident and urgency.
struct TriageCorpusTests {
    struct Case {
        let language: String
        let receivedOn: ReportLine
        let line: ReportLine
        let incident: IncidentKind
        let urgency: Urgency
        let text: String
    }

    static func cases() throws -> [Case] {
        let folder = TestData.repository.appendingPathComponent("Tests/Data/triage")
        var cases: [Case] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        where name.hasSuffix(".tsv") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for line in text.split(separator: "\n").dropFirst() {
                let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard cells.count == 5, let received = ReportLine(rawValue: cells[0]),
                    let expectedLine = ReportLine(rawValue: cells[1]), let incident = IncidentKind(rawValue: cells[2]),
                    let urgency = Urgency(rawValue: cells[3])
                else {
                    Issue.record("\(name): malformed row \(line)")
                    continue
                }
                cases.append(
                    Case(
                        language: String(name.dropLast(4)), receivedOn: received, line: expectedLine,
                        incident: incident,
                        urgency: urgency, text: cells[4]))
            }
        }
        return cases
    }

    @Test func agreementPerLanguage() throws {
        let translator = try ReportTranslatorTests.translator.get()
        let cases = try Self.cases()
        #expect(Set(cases.map(\.language)).count >= 12)
        var byLanguage: [String: (count: Int, line: Int, incident: Int, urgency: Int)] = [:]
        var missedRed: [String] = []
        var disagreements: [String] = []
        for item in cases {
            let view = try translator.translate(
                Report(id: "corpus", line: item.receivedOn, message: Array(item.text.utf8)))
            var tally = byLanguage[item.language] ?? (0, 0, 0, 0)
            tally.count += 1
            if view.line.line == item.line { tally.line += 1 }
            if view.incident == item.incident { tally.incident += 1 }
            if view.urgency == item.urgency { tally.urgency += 1 }
            byLanguage[item.language] = tally
            if item.urgency == .red, view.urgency != .red {
                missedRed.append("\(item.language): \(item.text) → \(view.urgency?.rawValue ?? "none")")
            }
            if view.incident != item.incident || view.urgency != item.urgency {
                disagreements.append(
                    "\(item.language) expected \(item.incident)/\(item.urgency) got \(view.incident?.rawValue ?? "-")/\(view.urgency?.rawValue ?? "-"): \(item.text)"
                )
            }
        }
        var total = (count: 0, line: 0, incident: 0, urgency: 0)
        print("triage agreement (language: reports, line, incident, urgency):")
        for (language, tally) in byLanguage.sorted(by: { $0.key < $1.key }) {
            print("  \(language): \(tally.count), \(tally.line), \(tally.incident), \(tally.urgency)")
            total = (
                total.count + tally.count, total.line + tally.line, total.incident + tally.incident,
                total.urgency + tally.urgency
            )
        }
        print("  all: \(total.count), \(total.line), \(total.incident), \(total.urgency)")
        for line in disagreements { print("  disagree:", line) }
        for line in missedRed { print("  missed red:", line) }
        // The issue's target is 90% on incident and urgency and every red case red; Tsuho is not there
        // yet (README, Text reports). These floors are the measured level, so a change that makes triage
        // worse fails; raise them as it improves.
        #expect(Double(total.line) / Double(total.count) >= 0.93)
        #expect(Double(total.incident) / Double(total.count) >= 0.70)
        #expect(Double(total.urgency) / Double(total.count) >= 0.63)
        #expect(missedRed.count <= 33)
    }
}
