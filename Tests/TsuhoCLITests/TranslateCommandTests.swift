import Foundation
import Testing

/// `tsuho translate`, `--batch`, `reply` and `phrases` as a user runs them.
struct TranslateCommandTests {
    @Test func translatePrintsTheOperatorViewInJapanese() throws {
        let run = try TsuhoEndToEndTests.tsuho([
            "translate", "--line", "119", "co chay o ga Shinjuku, me toi khong tho",
        ])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("緊急度: 赤"))
        #expect(run.output.contains("新宿駅"))
        #expect(run.output.contains("次の質問"))
    }

    @Test func translateRefusesInvalidUTF8WithTheOffset() throws {
        let run = try TsuhoEndToEndTests.tsuho(["translate", "-"], input: [0x68, 0x65, 0x6C, 0x70, 0xC3, 0x28])
        #expect(run.status == 65)
        #expect(run.error.contains("offset 4"))
    }

    @Test func batchWritesOneLinePerReportAndKeepsGoingAfterABadLine() throws {
        let input = """
            {"id": "a", "line": "110", "message": "Tengo un incendio, mi hijo no respira"}
            this is not json
            {"id": "c", "message": "kaji desu tasukete", "language": "ja-Latn"}

            """
        let run = try TsuhoEndToEndTests.tsuho(["translate", "--batch"], input: Array(input.utf8))
        #expect(run.status == 0, "\(run.error)")
        let lines = run.output.split(separator: "\n")
        #expect(lines.count == 3)
        let objects = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(objects[0]?["report"] as? String == "a")
        #expect(objects[0]?["urgency"] as? String == "red")
        #expect(objects[1]?["line"] as? Int == 2)
        #expect(objects[1]?["error"] != nil)
        #expect(objects[2]?["report"] as? String == "c")
    }

    @Test func replyRendersAPhraseWithPlurals() throws {
        let run = try TsuhoEndToEndTests.tsuho(["reply", "confirm-injured-count", "--to", "en", "--arg", "count=3"])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("3"))
        #expect(run.error.contains("draft"))
        let missing = try TsuhoEndToEndTests.tsuho(["reply", "confirm-injured-count", "--to", "en"])
        #expect(missing.status == 64)
    }

    @Test func phrasesListsTheKeyQuestionsInOrder() throws {
        let run = try TsuhoEndToEndTests.tsuho(["phrases", "--line", "119", "--lang", "en"])
        #expect(run.status == 0)
        #expect(run.output.split(separator: "\n").first?.contains("#1") == true)
    }
}
