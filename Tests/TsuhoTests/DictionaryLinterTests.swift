import Foundation
import Testing
import Tsuho

struct DictionaryLinterTests {
    static func lint(_ replacements: [String: String]) throws -> [String] {
        try DictionaryLinter(files: TestData.dictionaryFiles(replacing: replacements)).lint().map(\.description)
    }

    @Test func cleanFixtureHasNoErrors() throws {
        let diagnostics = try DictionaryLinter(files: TestData.dictionaryFiles()).lint()
        #expect(!diagnostics.contains { $0.severity == .error })
    }

    @Test func contentProblemsAreFoundWithTheirColumn() throws {
        let thai = "id\ttext\tstatus\tnote\nfire\tไฟไหม้ | fire\tdraft\t\nevacuation-shelter\tศูนย์\u{200B}อพยพ\tdraft\t\n"
        let messages = try Self.lint(["th.tsv": thai])
        #expect(messages.contains { $0.hasPrefix("Dictionaries/th.tsv:2:6:") && $0.contains("Latin") })
        #expect(messages.contains("Dictionaries/th.tsv:3:25: error: invisible or control character U+200B."))
    }

    @Test func nfcSpacesSeparatorsAndDuplicates() throws {
        let english = """
            id\ttext\tstatus\tnote
            fire\tfire | Fire\tdraft\t
            evacuation-shelter\tshelter|refuge\tdraft\t
            shinjuku-station\tShinjuku  Station\tdraft\tcafe\u{301}

            """
        let messages = try Self.lint(["en.tsv": english])
        #expect(messages.contains("Dictionaries/en.tsv:2:6: error: duplicate synonym \"Fire\"."))
        #expect(messages.contains { $0.hasPrefix("Dictionaries/en.tsv:3:20:") && $0.contains("separated by") })
        #expect(messages.contains("Dictionaries/en.tsv:4:18: error: the cell has two spaces in a row."))
        #expect(messages.contains { $0.hasPrefix("Dictionaries/en.tsv:4:") && $0.contains("NFC") })
    }

    @Test func lookAlikeWordsAreCaughtByTheSpoofChecker() throws {
        // "fіre" with a Cyrillic і.
        let english = TestData.english.replacingOccurrences(of: "fire | blaze", with: "f\u{456}re | blaze")
        let messages = try Self.lint(["en.tsv": english])
        #expect(messages.contains { $0.contains("look-alike spoof") })
    }

    @Test func readingsMustBeKana() throws {
        let concepts = TestData.concepts.replacingOccurrences(of: "ひなんじょ", with: "hinanjo")
            .replacingOccurrences(of: "しんじゅくえき", with: "シンジュクエキ")
        let messages = try Self.lint(["concepts.tsv": concepts])
        #expect(messages.contains { $0.contains("the reading \"hinanjo\" is not kana") })
        #expect(messages.contains { $0.contains("warning: the reading \"シンジュクエキ\" is in katakana") })
    }

    @Test func formsOfTwoConceptsThatFoldAlikeAreAWarningUnlessTheNoteSaysSo() throws {
        let english = TestData.english.replacingOccurrences(of: "Shinjuku Station", with: "FIRE")
        let messages = try Self.lint(["en.tsv": english])
        #expect(messages.contains { $0.contains("warning: \"FIRE\" folds to the same key as a form of fire") })
        let noted = english.replacingOccurrences(of: "FIRE\tdraft\t", with: "FIRE\tdraft\tsame word as fire")
        #expect(!(try Self.lint(["en.tsv": noted])).contains { $0.contains("folds to the same key") })
    }

    @Test func pictogramIdsAreCheckedAgainstTheManifest() throws {
        var files = TestData.dictionaryFiles()
        files.pictogramIDs = ["fire"]
        let messages = try DictionaryLinter(files: files).lint().map(\.description)
        #expect(messages.contains { $0.contains("unknown pictogram id \"train\"") })
        let withoutManifest = try Self.lint([:])
        #expect(withoutManifest.contains { $0.contains("warning: 2 pictogram ids cannot be checked") })
    }

    @Test func bundledDataLintsWithoutErrors() throws {
        let files = try DictionaryFiles(location: DataLocation(folder: TestData.repository))
        let diagnostics = try DictionaryLinter(files: files).lint()
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.prefix(10).map(\.description))")
    }
}
