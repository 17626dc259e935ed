import ArgumentParser
import Foundation
import Testing
import TsuhoTestSupport

@testable import TsuhoCLI

/// `tsuho pictogram …` and `tsuho card`, parsed and run as a user would.
struct PictogramCommandTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A temporary folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tsuho-picto-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func commandsParse() throws {
        #expect(try TsuhoCommand.parseAsRoot(["pictogram", "list", "--json"]) is PictogramCommand.List)
        let show = try #require(
            try TsuhoCommand.parseAsRoot(["pictogram", "show", "ambulance"]) as? PictogramCommand.Show)
        #expect(show.id == "ambulance")
        let sheet = try #require(
            try TsuhoCommand.parseAsRoot(["pictogram", "sheet", "-o", "s.png", "--columns", "8", "--size", "64"])
                as? PictogramCommand.Sheet)
        #expect(sheet.columns == 8 && sheet.size == 64 && sheet.output == "s.png")
        let card = try #require(
            try TsuhoCommand.parseAsRoot([
                "card", "--lang", "vi", "--concepts", "tsunami,go-to-high-ground", "-o", "c.svg",
            ])
                as? CardCommand)
        #expect(card.ids == ["tsunami", "go-to-high-ground"])
        #expect(card.output == "c.svg")
        let spaced = try #require(
            try TsuhoCommand.parseAsRoot(["card", "--lang", "vi", "--concepts", "fire", "ambulance"]) as? CardCommand)
        #expect(spaced.ids == ["fire", "ambulance"])
    }

    @Test func badArgumentsAreUsageErrors() {
        #expect(throws: (any Error).self) { _ = try TsuhoCommand.parseAsRoot(["card", "--lang", "vi"]) }
        #expect(throws: (any Error).self) {
            _ = try TsuhoCommand.parseAsRoot(["card", "--lang", "vi", "--concepts", "fire", "-o", "card.pdf"])
        }
        #expect(throws: (any Error).self) {
            _ = try TsuhoCommand.parseAsRoot(["pictogram", "sheet", "-o", "x.png", "--columns", "0"])
        }
    }

    @Test func listShowsEveryPictogram() throws {
        let run = try TsuhoEndToEndTests.tsuho(["pictogram", "list"])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("ambulance\tinformation\t🚑\t"))
        let count = run.output.split(separator: "\n").count - 1
        #expect(count >= 80)
        #expect(run.output.hasSuffix("\(count) pictograms.\n"))
        let json = try TsuhoEndToEndTests.tsuho(["pictogram", "list", "--json"])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        #expect(items.count == count)
        let first = try #require(items.first)
        #expect(first["id"] is String && first["emoji"] is String && first["concepts"] is [String])
        #expect((first["title"] as? [String: String])?.keys.sorted() == ["en", "ja"])
    }

    @Test func showGivesTheRowTitlesConceptsInJapaneseAndTheFile() throws {
        let run = try TsuhoEndToEndTests.tsuho(["pictogram", "show", "tsunami-hazard"])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.hasPrefix("tsunami-hazard  🌊  [warning]"))
        #expect(run.output.contains("standard\tISO 7010 W056"))
        #expect(run.output.contains("tsunami\t津波 (つなみ) [draft]"))
        #expect(run.output.contains("tsunami-hazard.svg"))
        let json = try TsuhoEndToEndTests.tsuho(["pictogram", "show", "--json", "tsunami-hazard"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let concepts = try #require(object["concepts"] as? [[String: Any]])
        #expect(concepts.contains { $0["id"] as? String == "tsunami-warning" })
        let unknown = try TsuhoEndToEndTests.tsuho(["pictogram", "show", "tsunamy"])
        #expect(unknown.status == 64)
        #expect(unknown.error.contains("Unknown pictogram id \"tsunamy\""))
    }

    @Test func sheetWritesSVGAndPNG() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let svg = folder.appendingPathComponent("sheet.svg")
        let run = try TsuhoEndToEndTests.tsuho(["pictogram", "sheet", "-o", svg.path, "--columns", "6"])
        #expect(run.status == 0, "\(run.error)")
        let text = try String(contentsOf: svg, encoding: .utf8)
        #expect(text.contains(">ambulance</text>"))
        guard SVGRendering.canRender || SVGRendering.isCI else { return }
        let png = folder.appendingPathComponent("sheet.png")
        let rendered = try TsuhoEndToEndTests.tsuho(["pictogram", "sheet", "-o", png.path, "--size", "48"])
        #expect(rendered.status == 0, "\(rendered.error)")
        let image = try PNGImage(bytes: Array(try Data(contentsOf: png)))
        #expect(image.width > 48 * 10)
        #expect(image.distinctColours() >= 8)
    }

    @Test func cardPrintsSMSTextWithItsLength() throws {
        let run = try TsuhoEndToEndTests.tsuho(["card", "--lang", "vi", "--concepts", "tsunami,go-to-high-ground"])
        #expect(run.status == 0, "\(run.error)")
        let lines = run.output.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first == "🌊 sóng thần")
        #expect(run.error.contains("fits one SMS"))
        #expect(run.error.contains("draft translations"))
    }

    @Test func cardWritesSVGHTMLAndTextByExtension() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["card.svg", "card.html", "card.txt"] {
            let file = folder.appendingPathComponent(name)
            let run = try TsuhoEndToEndTests.tsuho([
                "card", "--lang", "ar", "--concepts", "tsunami,go-to-high-ground", "-o", file.path,
            ])
            #expect(run.status == 0, "\(name): \(run.error)")
            let text = try String(contentsOf: file, encoding: .utf8)
            switch name {
            case "card.svg": #expect(text.hasPrefix("<svg") && text.contains("direction=\"rtl\""))
            case "card.html": #expect(text.hasPrefix("<figure") && text.contains("dir=\"rtl\""))
            default: #expect(text.hasPrefix("🌊 تسونامي"))
            }
        }
    }

    @Test func cardFindsConceptsInACallersText() throws {
        let run = try TsuhoEndToEndTests.tsuho(["card", "--lang", "en", "--text", "救急車をお願いします。火事です"])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("🚑 ambulance"))
        #expect(run.output.contains("🔥 fire"))
        let json = try TsuhoEndToEndTests.tsuho(["card", "--json", "--lang", "th", "--concepts", "ambulance"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let items = try #require(object["items"] as? [[String: Any]])
        #expect(items.first?["pictogram"] as? String == "ambulance")
        let captions = try #require(items.first?["captions"] as? [[String: Any]])
        #expect(captions.map { $0["language"] as? String } == ["th", "ja-x-easy", "ja"])
        #expect(captions.allSatisfy { $0["status"] as? String == "draft" })
    }

    @Test func cardRefusesUnknownIdsAndLanguages() throws {
        let unknown = try TsuhoEndToEndTests.tsuho(["card", "--lang", "vi", "--concepts", "tsunamy"])
        #expect(unknown.status == 64)
        #expect(unknown.error.contains("tsunamy"))
        let language = try TsuhoEndToEndTests.tsuho(["card", "--lang", "xx", "--concepts", "tsunami"])
        #expect(language.status == 64)
        #expect(language.error.contains("\"xx\""))
    }

    @Test func aLongCardSaysHowManySegmentsItNeeds() throws {
        let concepts = "tsunami,go-to-high-ground,evacuation-shelter,ambulance,fire,earthquake,landslide,flood"
        let run = try TsuhoEndToEndTests.tsuho(["card", "--lang", "ru", "--concepts", concepts])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.error.contains("concatenated segments"))
    }

    @Test func lintChecksPictogramsWithTheDictionary() throws {
        let clean = try TsuhoEndToEndTests.tsuho(["dict", "lint", "--data", Self.repository.path, "--errors-only"])
        #expect(clean.status == 0, "\(clean.output)")
        let root = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        for folder in ["Dictionaries", "Pictograms"] {
            try FileManager.default.copyItem(
                at: Self.repository.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        let ambulance = root.appendingPathComponent("Pictograms/ambulance.svg")
        var svg = try String(contentsOf: ambulance, encoding: .utf8)
        svg = svg.replacingOccurrences(of: "</svg>", with: "<text x=\"10\" y=\"90\">119</text>\n</svg>")
        try Data(svg.utf8).write(to: ambulance)
        try FileManager.default.removeItem(at: root.appendingPathComponent("Pictograms/toilet.svg"))
        let run = try TsuhoEndToEndTests.tsuho(["dict", "lint", "--data", root.path, "--errors-only"])
        #expect(run.status == 1)
        #expect(run.output.contains("Pictograms/ambulance.svg:"))
        #expect(run.output.contains("the element <text> is not allowed"))
        #expect(run.output.contains("the pictogram \"toilet\" has no file toilet.svg."))
        let strict = try TsuhoEndToEndTests.tsuho(["pictogram", "list", "--data", root.path])
        #expect(strict.status == 65)
        let lenient = try TsuhoEndToEndTests.tsuho(["pictogram", "list", "--data", root.path, "--lenient"])
        #expect(lenient.status == 0)
        #expect(!lenient.output.contains("ambulance\t"))
        #expect(lenient.error.contains("ambulance.svg"))
    }
}
