import Foundation
import Testing
import Tsuho

struct PictogramCatalogTests {
    static func lexicon() throws -> Lexicon {
        try Lexicon(files: TestData.dictionaryFiles())
    }

    @Test func pictogramsAreReadWithTheirTitlesAndDescriptions() throws {
        let catalog = try PictogramCatalog(files: PictogramTestData.files())
        #expect(catalog.pictograms.map(\.id) == ["fire", "train"])
        let fire = try catalog.pictogram(id: "fire")
        #expect(fire.title(in: "en") == "Fire")
        #expect(fire.title(in: "ja") == "火事")
        #expect(fire.title(in: "vi") == "Fire")
        #expect(fire.description(in: "ja") == "火事のテスト用の絵。")
        #expect(fire.colour == .fire)
        #expect(fire.svg.hasPrefix("<svg"))
        #expect(catalog.contains(id: "train"))
        #expect(!catalog.contains(id: "ambulance"))
    }

    @Test func unknownIdsAreNamed() throws {
        let catalog = try PictogramCatalog(files: PictogramTestData.files())
        #expect {
            _ = try catalog.pictogram(id: "firre")
        } throws: { error in
            guard let error = error as? PictogramError else { return false }
            return error.code == .unknownPictogram && error.message.contains("\"firre\"")
                && error.message.contains("fire")
        }
    }

    @Test func conceptsFindPictogramsThroughTheDictionaryAndTheManifest() throws {
        // The dictionary gives shinjuku-station the train; the manifest gives fire and evacuation-shelter
        // the fire pictogram.
        let manifest = PictogramTestData.manifest.replacingOccurrences(
            of: "train\tinformation\tshinjuku-station", with: "train\tinformation\tfire")
        let catalog = try PictogramCatalog(files: PictogramTestData.files(manifest: manifest), lexicon: Self.lexicon())
        #expect(catalog.pictograms(forConcept: "shinjuku-station").map(\.id) == ["train"])
        #expect(catalog.pictograms(forConcept: "fire").map(\.id) == ["fire", "train"])
        #expect(catalog.pictograms(forConcept: "evacuation-shelter").map(\.id) == ["fire"])
        #expect(catalog.pictograms(forConcept: "nothing").isEmpty)
        let withoutDictionary = try PictogramCatalog(files: PictogramTestData.files(manifest: manifest))
        #expect(withoutDictionary.pictograms(forConcept: "shinjuku-station").isEmpty)
    }

    @Test func aCallersTextFindsPictogramsInItsOrder() throws {
        let lexicon = try Self.lexicon()
        let catalog = try PictogramCatalog(files: PictogramTestData.files(), lexicon: lexicon)
        let spotter = try TermSpotter(lexicon: lexicon)
        let matches = try catalog.pictograms(forText: "Shinjuku Station: cháy! hỏa hoạn", spotter: spotter)
        #expect(matches.map(\.pictogram.id) == ["train", "fire"])
        #expect(matches.map(\.conceptID) == ["shinjuku-station", "fire"])
        #expect(matches.last?.term.text == "cháy")
        #expect(try catalog.pictograms(forText: "nothing here", spotter: spotter).isEmpty)
    }

    @Test func strictLoadingRefusesAMissingOrBrokenDrawing() throws {
        let broken = PictogramTestData.svg(drawing: ##"<text x="1" y="2">119</text>"##)
        let files = PictogramTestData.files(drawings: ["fire.svg": broken])
        #expect {
            _ = try PictogramCatalog(files: files)
        } throws: { error in
            guard let error = error as? PictogramError, error.code == .malformedData else { return false }
            let messages = error.diagnostics.map(\.description)
            return messages.contains { $0.hasPrefix("Pictograms/fire.svg:7:") && $0.contains("<text>") }
                && messages.contains { $0.contains("the pictogram \"train\" has no file train.svg.") }
        }
        let lenient = try PictogramCatalog(
            files: PictogramTestData.files(drawings: ["train.svg": PictogramTestData.svg()]), mode: .lenient)
        #expect(lenient.pictograms.map(\.id) == ["train"])
        #expect(lenient.diagnostics.contains { $0.message.contains("fire.svg") })
    }

    @Test func aMissingManifestIsAnError() {
        #expect(throws: PictogramError.self) {
            _ = try PictogramCatalog(files: PictogramFiles(manifest: nil, drawings: [:]))
        }
    }

    @Test func theBundledCatalogHasTheWholeSet() throws {
        let lexicon = try TestData.bundled.get()
        let catalog = try PictogramCatalog.bundled(lexicon: lexicon)
        #expect(catalog.pictograms.count >= 80)
        #expect(Set(catalog.pictograms.map(\.colour)).count == PictogramColourFamily.allCases.count)
        #expect(try catalog.pictogram(id: "ambulance").emoji == "🚑")
        #expect(catalog.pictograms(forConcept: "tsunami-warning").first?.id == "tsunami-hazard")
        for pictogram in catalog.pictograms {
            #expect(pictogram.titles.keys.sorted() == ["en", "ja"], "\(pictogram.id)")
            #expect(pictogram.file?.lastPathComponent == pictogram.id + ".svg")
        }
        // Every concept that names a pictogram in concepts.tsv finds it.
        for concept in lexicon.concepts {
            guard let id = concept.pictogram else { continue }
            #expect(catalog.pictograms(forConcept: concept.id).first?.id == id, "\(concept.id)")
        }
    }
}
