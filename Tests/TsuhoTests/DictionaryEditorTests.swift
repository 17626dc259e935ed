import Foundation
import Testing
import Tsuho

struct DictionaryEditorTests {
    static func read(_ root: URL, _ name: String) throws -> String {
        try String(
            contentsOf: root.appendingPathComponent("Dictionaries").appendingPathComponent(name), encoding: .utf8)
    }

    @Test func settingFormsChangesOnlyThatLineAndMakesItDraft() throws {
        let root = try TestData.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let editor = DictionaryEditor(location: try DataLocation(folder: root))
        let report = try editor.apply(
            [CellChange(conceptID: "fire", language: "en", forms: ["fire", "flames"])], overwriteReviewed: true)
        #expect(report.changed == ["en fire"])
        let after = try Self.read(root, "en.tsv")
        #expect(
            after == TestData.english.replacingOccurrences(of: "fire | blaze\treviewed", with: "fire | flames\tdraft"))
        let files = try FileManager.default.contentsOfDirectory(
            atPath: root.appendingPathComponent("Dictionaries").path)
        #expect(!files.contains { $0.contains(".tmp-") }, "a temporary file was left behind: \(files)")
    }

    @Test func reviewedCellsAreConflictsUnlessOverwritten() throws {
        let root = try TestData.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let editor = DictionaryEditor(location: try DataLocation(folder: root))
        let report = try editor.apply([CellChange(conceptID: "fire", language: "en", forms: ["flames"])])
        #expect(report.changed.isEmpty)
        #expect(report.conflicts.count == 1)
        #expect(try Self.read(root, "en.tsv") == TestData.english)
        let demote = try editor.apply([CellChange(conceptID: "fire", language: "en", status: .draft)])
        #expect(demote.conflicts.count == 1)
    }

    @Test func reviewMarksCellsAndRefusesEmptyOnes() throws {
        let root = try TestData.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let editor = DictionaryEditor(location: try DataLocation(folder: root))
        _ = try editor.apply([CellChange(conceptID: "evacuation-shelter", language: "vi", status: .reviewed)])
        #expect(try Self.read(root, "vi.tsv").contains("evacuation-shelter\tnơi lánh nạn\treviewed\t"))
        #expect(throws: LexiconError.self) {
            try editor.apply([CellChange(conceptID: "shinjuku-station", language: "th", status: .reviewed)])
        }
    }

    @Test func aMissingRowIsAppendedAndJapaneseNeedsReadings() throws {
        let root = try TestData.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let editor = DictionaryEditor(location: try DataLocation(folder: root))
        _ = try editor.apply([CellChange(conceptID: "shinjuku-station", language: "vi", forms: ["Ga Shinjuku"])])
        #expect(try Self.read(root, "vi.tsv") == TestData.vietnamese + "shinjuku-station\tGa Shinjuku\tdraft\t\n")
        #expect(throws: LexiconError.self) {
            try editor.apply([CellChange(conceptID: "fire", language: "ja", forms: ["火事", "火災", "出火"])])
        }
        _ = try editor.apply([
            CellChange(conceptID: "fire", language: "ja", forms: ["火事", "出火"], readings: ["かじ", "しゅっか"])
        ])
        #expect(try Self.read(root, "concepts.tsv").contains("fire\tterm\tfire\t火事 | 出火\tかじ | しゅっか\tfire\tdraft\t"))
    }

    @Test func addingAConceptAppendsOneLine() throws {
        let root = try TestData.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let editor = DictionaryEditor(location: try DataLocation(folder: root))
        let smoke = Concept(
            id: "smoke", kind: .term, domain: "fire", japanese: TermEntry(forms: ["煙"], status: .draft),
            readings: ["けむり"], pictogram: nil, notes: "")
        try editor.add(smoke)
        #expect(try Self.read(root, "concepts.tsv") == TestData.concepts + "smoke\tterm\tfire\t煙\tけむり\t\tdraft\t\n")
        #expect(throws: LexiconError.self) { try editor.add(smoke) }
        _ = try Lexicon(location: DataLocation(folder: root))
    }

    @Test func badFormsAreRefusedBeforeAnythingIsWritten() throws {
        let root = try TestData.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let editor = DictionaryEditor(location: try DataLocation(folder: root))
        for forms in [["a\tb"], [" padded"], ["a | b"], [""]] {
            #expect(throws: LexiconError.self) {
                try editor.apply([
                    CellChange(conceptID: "evacuation-shelter", language: "vi", forms: ["ok"]),
                    CellChange(conceptID: "fire", language: "vi", forms: forms),
                ])
            }
        }
        #expect(try Self.read(root, "vi.tsv") == TestData.vietnamese)
    }

    @Test func aFailedWriteLeavesTheFileAsItWas() throws {
        let root = try TestData.folder()
        defer {
            chmod(root.appendingPathComponent("Dictionaries").path, 0o755)
            try? FileManager.default.removeItem(at: root)
        }
        let folder = root.appendingPathComponent("Dictionaries").path
        chmod(folder, 0o555)
        guard access(folder, W_OK) != 0 else { return }  // running as a user who can write anyway (root)
        #expect(throws: DataError.self) {
            try DictionaryEditor(location: try DataLocation(folder: root)).apply([
                CellChange(conceptID: "evacuation-shelter", language: "vi", forms: ["ok"])
            ])
        }
        #expect(try Self.read(root, "vi.tsv") == TestData.vietnamese)
    }
}
