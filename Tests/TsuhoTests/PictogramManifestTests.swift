import Testing
import Tsuho

struct PictogramManifestTests {
    static func parse(_ rows: String, mode: LoadingMode = .lenient) throws -> PictogramManifest {
        let text = "id\tcolour\tconcepts\tstandard\temoji\n" + rows
        return try PictogramManifest(bytes: Array(text.utf8), mode: mode)
    }

    @Test func rowsBecomeEntries() throws {
        let manifest = try PictogramManifest(bytes: Array(PictogramTestData.manifest.utf8))
        #expect(manifest.entries.map(\.id) == ["fire", "train"])
        let fire = try #require(manifest.entries.first)
        #expect(fire.colour == .fire)
        #expect(fire.conceptIDs == ["fire", "evacuation-shelter"])
        #expect(fire.standard == nil)
        #expect(fire.emoji == "🔥")
        #expect(fire.line == 2)
        #expect(manifest.entries.last?.standard == "JIS Z 8210")
        #expect(manifest.diagnostics.isEmpty)
    }

    @Test func everyProblemIsNamedWithFileLineAndColumn() throws {
        let rows = """
            Fire\tfire\tfire\t\t🔥
            smoke\tgreen\tsmoke\t\t💨
            water\tinformation\twater|food\t\t💧
            aed\tsafe\taed\tISO 7010 E10\t❤️
            toilet\tinformation\ttoilet\tDIN 123\t🚻
            police\tinformation\tpolice\t\t
            yes\tinformation\tyes\t\tOK
            fire\tfire\tfire\t\t🔥
            fire\tfire\tfire | fire\t\t🔥
            short\tinformation\tx

            """
        let manifest = try Self.parse(rows)
        let messages = manifest.diagnostics.map(\.description)
        let expected = [
            "Pictograms/manifest.tsv:2:1: error: the id \"Fire\" is not kebab-case",
            "Pictograms/manifest.tsv:3:7: error: colour must be one of safe, warning, prohibition, mandatory, fire, information; found \"green\".",
            "Pictograms/manifest.tsv:4:19: error: \"water|food\" is not a concept id",
            "Pictograms/manifest.tsv:5:14: error: an ISO 7010 code is a letter E, F, M, P or W and three digits",
            "Pictograms/manifest.tsv:6:27: error: the standard \"DIN 123\" is not one of",
            "Pictograms/manifest.tsv:7:28: error: the emoji cell is empty",
            "Pictograms/manifest.tsv:8:22: error: the emoji cell holds \"OK\", which is not only emoji",
            "Pictograms/manifest.tsv:10:11: error: the concept \"fire\" is listed twice.",
            "Pictograms/manifest.tsv:11:1: error: expected 5 columns, found 3.",
        ]
        for prefix in expected {
            #expect(messages.contains { $0.hasPrefix(prefix) }, "\(prefix)\n\(messages.joined(separator: "\n"))")
        }
        // Every row but line 9 has an error; line 10 repeats its id.
        #expect(manifest.entries.map(\.id) == ["fire"])
        #expect(manifest.entries.first?.line == 9)
    }

    @Test func duplicateIdsAreErrors() throws {
        let manifest = try Self.parse("fire\tfire\tfire\t\t🔥\nfire\tfire\tfire\t\t🔥\n")
        #expect(
            manifest.diagnostics.map(\.description) == [
                "Pictograms/manifest.tsv:3:1: error: duplicate id \"fire\" (first on line 2)."
            ])
    }

    @Test func strictModeRefusesAnyErrorAndListsThemAll() throws {
        #expect {
            _ = try Self.parse("fire\tfire\tfire\t\t🔥\nsmoke\tgreen\tsmoke\t\t\n", mode: .strict)
        } throws: { error in
            guard let error = error as? PictogramError, error.code == .malformedData else { return false }
            return error.diagnostics.count == 2 && error.message.contains("2 errors")
        }
    }

    @Test func headerAndStructureAreChecked() throws {
        let wrong = try PictogramManifest(bytes: Array("id\tcolor\n".utf8), mode: .lenient)
        #expect(wrong.diagnostics.first?.description.contains("expected the header") == true)
        let crlf = try PictogramManifest(
            bytes: Array("id\tcolour\tconcepts\tstandard\temoji\r\nfire\tfire\tfire\t\t🔥\r\n".utf8), mode: .lenient)
        #expect(crlf.diagnostics.contains { $0.message.contains("CRLF") })
    }

    @Test func emojiNewerThanUnicode12IsAWarning() throws {
        // U+1F6D7 ELEVATOR is from Unicode 13.
        let manifest = try Self.parse("lift\tinformation\tlift\t\t\u{1F6D7}\n")
        #expect(manifest.entries.count == 1)
        let warning = try #require(manifest.diagnostics.first)
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("Unicode 13.0"))
    }

    @Test func aPictogramWithoutConceptsIsKeptWithAWarning() throws {
        let manifest = try Self.parse("keep-low\tmandatory\t\t\t🧎\n", mode: .strict)
        #expect(manifest.entries.first?.conceptIDs == [])
        #expect(
            manifest.diagnostics.map(\.description) == [
                "Pictograms/manifest.tsv:2:20: warning: the pictogram illustrates no concept yet: add its concept to concepts.tsv and list it here, so cards can caption it."
            ])
    }

    @Test func emojiSequencesAreAccepted() throws {
        let rows = "a\tinformation\ta\t\t🚫💨\nb\tinformation\tb\t\t🧑‍🦽\nc\tinformation\tc\t\t⛰️\nd\tinformation\td\t\t👍🏽\n"
        let manifest = try Self.parse(rows)
        #expect(manifest.entries.count == 4)
        #expect(!manifest.diagnostics.contains { $0.severity == .error })
    }
}
