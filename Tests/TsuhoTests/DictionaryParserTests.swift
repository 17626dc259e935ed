import Foundation
import Testing
import Tsuho

struct DictionaryParserTests {
    static func errors(_ replacements: [String: String]) throws -> [Diagnostic] {
        let lexicon = try Lexicon(files: TestData.dictionaryFiles(replacing: replacements), mode: .lenient)
        return lexicon.diagnostics.filter { $0.severity == .error }
    }

    static func bytesErrors(_ name: String, _ bytes: [UInt8]) throws -> (Lexicon, [Diagnostic]) {
        var files = TestData.dictionaryFiles()
        files.files[name] = bytes
        let lexicon = try Lexicon(files: files, mode: .lenient)
        return (lexicon, lexicon.diagnostics.filter { $0.severity == .error })
    }

    @Test func wrongColumnCountNamesLineAndColumnAndKeepsGoodRows() throws {
        let text = "id\ttext\tstatus\tnote\nfire\thỏa hoạn\tdraft\nevacuation-shelter\tnơi\tlánh\tdraft\t\n"
        let (lexicon, errors) = try Self.bytesErrors("vi.tsv", Array(text.utf8))
        #expect(
            errors.map(\.description) == [
                "Dictionaries/vi.tsv:2:1: error: expected 4 columns, found 3.",
                "Dictionaries/vi.tsv:3:1: error: expected 4 columns, found 5 (a TAB inside a cell?).",
            ])
        #expect(try lexicon.terms(for: "fire", in: "en").forms == ["fire", "blaze"])
    }

    @Test func byteOrderMarkCRLFAndBadUTF8AreNamed() throws {
        let withBOM = [0xEF, 0xBB, 0xBF] + Array(TestData.thai.utf8)
        #expect(
            try Self.bytesErrors("th.tsv", withBOM).1.map(\.description) == [
                "Dictionaries/th.tsv:1:1: error: the file starts with a byte-order mark (U+FEFF); save it as UTF-8 without BOM."
            ])
        let crlf = Array("id\ttext\tstatus\tnote\nfire\tไฟไหม้\tdraft\t\r\n".utf8)
        let (crlfLexicon, crlfErrors) = try Self.bytesErrors("th.tsv", crlf)
        #expect(
            crlfErrors.map(\.description) == [
                "Dictionaries/th.tsv:2:19: error: the line ends with CR (CRLF line endings); use LF."
            ])
        #expect(try crlfLexicon.terms(for: "fire", in: "th").forms.isEmpty)
        let badUTF8 = Array("id\ttext\tstatus\tnote\nfire\tab".utf8) + [0xFF] + Array("\tdraft\t\n".utf8)
        #expect(
            try Self.bytesErrors("th.tsv", badUTF8).1.map(\.description) == [
                "Dictionaries/th.tsv:2:8: error: invalid UTF-8: byte 0xFF at byte 8 of the line."
            ])
    }

    @Test func duplicateAndUnknownIdsAreErrors() throws {
        let english = TestData.english + "fire\tflames\tdraft\t\nwildfire\twildfire\tdraft\t\n"
        let errors = try Self.errors(["en.tsv": english])
        #expect(
            errors.map(\.description) == [
                "Dictionaries/en.tsv:5:1: error: duplicate id \"fire\" (first on line 2).",
                "Dictionaries/en.tsv:6:1: error: unknown concept id \"wildfire\": it is not in concepts.tsv.",
            ])
    }

    @Test func conceptRowsAreChecked() throws {
        let concepts =
            TestData.concepts
            .replacingOccurrences(of: "火事 | 火災\tかじ | かさい", with: "火事 | 火災\tかじ")
            + "Bad_ID\tterm\tfire\t火\tひ\t\tdraft\t\n" + "smoke\tword\t\t煙\tけむり\t\tmaybe\t\n"
        let messages = try Self.errors(["concepts.tsv": concepts]).map(\.description)
        #expect(messages.contains("Dictionaries/concepts.tsv:2:24: error: 2 Japanese forms but 1 reading."))
        #expect(
            messages.contains(
                "Dictionaries/concepts.tsv:5:1: error: the id \"Bad_ID\" is not kebab-case ASCII (a-z, 0-9, -)."))
        #expect(messages.contains("Dictionaries/concepts.tsv:6:7: error: kind must be term or phrase, found \"word\"."))
        #expect(messages.contains("Dictionaries/concepts.tsv:6:12: error: the domain cell is empty."))
        #expect(
            messages.contains {
                $0.hasPrefix("Dictionaries/concepts.tsv:6:") && $0.contains("status must be draft or reviewed")
            })
    }

    @Test func unknownTagsAndMissingFilesAreErrors() throws {
        var files = TestData.dictionaryFiles()
        files.files["xx.tsv"] = Array("id\ttext\tstatus\tnote\n".utf8)
        files.files["th.tsv"] = nil
        let lexicon = try Lexicon(files: files, mode: .lenient)
        let messages = lexicon.diagnostics.map(\.description)
        #expect(messages.contains { $0.contains("xx.tsv") && $0.contains("unknown language tag \"xx\"") })
        #expect(messages.contains("Dictionaries/th.tsv:0:0: error: the file is missing."))
    }

    @Test func strictModeRefusesAndListsEveryError() throws {
        let english = "id\ttext\tstatus\tnote\nfire\tfire\n" + "evacuation-shelter\tshelter\tfinal\t\n"
        #expect {
            _ = try Lexicon(files: TestData.dictionaryFiles(replacing: ["en.tsv": english]))
        } throws: { error in
            guard let error = error as? LexiconError, error.code == .malformedData else { return false }
            return error.diagnostics.filter { $0.severity == .error }.count == 2 && error.message.contains("en.tsv:2:1")
                && error.message.contains("en.tsv:3:")
        }
    }

    @Test func wrongHeaderIsNamed() throws {
        let errors = try Self.errors(["vi.tsv": "id\tform\tstatus\tnote\n"])
        #expect(errors.first?.message.hasPrefix("expected the header") == true)
    }
}
