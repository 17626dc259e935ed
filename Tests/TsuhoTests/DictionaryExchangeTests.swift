import Foundation
import Testing
import Tsuho

struct DictionaryExchangeTests {
    @Test(arguments: [ExchangeFormat.csv, .tbx])
    func exportImportExportGivesIdenticalBytes(format: ExchangeFormat) throws {
        let original = try TestData.folder()
        let edited = try TestData.folder()
        defer {
            try? FileManager.default.removeItem(at: original)
            try? FileManager.default.removeItem(at: edited)
        }
        let exported = try DictionaryExporter(lexicon: Lexicon(location: DataLocation(folder: original))).export(format)
        let editor = DictionaryEditor(location: try DataLocation(folder: edited))
        _ = try editor.apply([
            CellChange(conceptID: "evacuation-shelter", language: "vi", forms: ["nơi trú ẩn"]),
            CellChange(conceptID: "fire", language: "ja", forms: ["火事"], readings: ["かじ"]),
        ])
        let report = try DictionaryImporter(location: DataLocation(folder: edited)).importText(
            exported, format: format, file: "exported")
        #expect(report.conflicts.isEmpty)
        #expect(Set(report.changed) == ["vi evacuation-shelter", "ja fire"])
        let again = try DictionaryExporter(lexicon: Lexicon(location: DataLocation(folder: edited))).export(format)
        #expect(again == exported)
    }

    @Test func importNeverOverwritesAReviewedCellSilently() throws {
        let root = try TestData.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let csv = "id,language,text,reading,status,note\nfire,en,\"fire, flames\",,draft,\n"
        let report = try DictionaryImporter(location: DataLocation(folder: root)).importText(
            csv, format: .csv, file: "in.csv")
        #expect(report.conflicts.count == 1)
        #expect(
            try Lexicon(location: DataLocation(folder: root)).terms(for: "fire", in: "en").forms == ["fire", "blaze"])
    }

    @Test func csvQuotingRoundTrips() throws {
        let root = try TestData.folder(replacing: [
            "vi.tsv": TestData.vietnamese.replacingOccurrences(
                of: "nơi lánh nạn\tdraft\t", with: "nơi lánh nạn\tdraft\tsays \"safe\", ok")
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let csv = try DictionaryExporter(lexicon: Lexicon(location: DataLocation(folder: root))).csv()
        #expect(csv.contains("evacuation-shelter,vi,nơi lánh nạn,,draft,\"says \"\"safe\"\", ok\"\n"))
        let report = try DictionaryImporter(location: DataLocation(folder: root)).importText(
            csv, format: .csv, file: "x")
        #expect(report.changed.isEmpty)
    }

    @Test func malformedImportsNameTheLine() throws {
        let root = try TestData.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let importer = DictionaryImporter(location: try DataLocation(folder: root))
        #expect {
            _ = try importer.importText("id,language\n", format: .csv, file: "bad.csv")
        } throws: { ($0 as? LexiconError)?.message.contains("bad.csv:1") == true }
        #expect {
            _ = try importer.importText(
                "id,language,text,reading,status,note\nfire,en,x,,final,\n", format: .csv, file: "bad.csv")
        } throws: { ($0 as? LexiconError)?.message.contains("bad.csv:2") == true }
        #expect(throws: LexiconError.self) {
            _ = try importer.importText("<tbx><text><body><conceptEntry>", format: .tbx, file: "bad.tbx")
        }
        #expect(throws: LexiconError.self) {
            _ = try importer.importText(
                "id,language,text,reading,status,note\nnope,en,x,,draft,\n", format: .csv, file: "x")
        }
    }

    @Test func diffCountsAddedRemovedAndChangedCells() throws {
        let old = try Lexicon(files: TestData.dictionaryFiles())
        let vietnamese =
            TestData.vietnamese.replacingOccurrences(of: "hỏa hoạn | cháy\tdraft", with: "hỏa hoạn\tdraft")
            .replacingOccurrences(of: "evacuation-shelter\tnơi lánh nạn\tdraft\t\n", with: "")
            + "shinjuku-station\tGa Shinjuku\tdraft\t\n"
        let new = try Lexicon(files: TestData.dictionaryFiles(replacing: ["vi.tsv": vietnamese]))
        let diff = DictionaryDiff(old: old, new: new)
        #expect(diff.languages.map(\.language) == ["vi"])
        let changes = try #require(diff.languages.first)
        #expect((changes.added, changes.removed, changes.changed) == (1, 1, 1))
    }
}
