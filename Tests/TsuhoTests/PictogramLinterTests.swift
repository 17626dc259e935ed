import Foundation
import Testing
import Tsuho

struct PictogramLinterTests {
    static func lint(_ files: PictogramFiles) throws -> [String] {
        try DictionaryLinter(files: TestData.dictionaryFiles(), pictograms: files).lint().map(\.description)
    }

    @Test func theFixtureIsClean() throws {
        let diagnostics = try DictionaryLinter(files: TestData.dictionaryFiles(), pictograms: PictogramTestData.files())
            .lint()
        #expect(diagnostics.filter { $0.file.hasPrefix("Pictograms") }.isEmpty, "\(diagnostics)")
    }

    @Test func manifestFilesAndDictionaryMustAgree() throws {
        let manifest = PictogramTestData.manifest + "ambulance\tinformation\tambulance\t\t🚑\n"
        var drawings = [
            "fire.svg": PictogramTestData.svg(family: .fire),
            "train.svg": PictogramTestData.svg(),
            "stray.svg": PictogramTestData.svg(),
        ]
        drawings["fire.svg"] = PictogramTestData.svg(family: .safe)
        let messages = try Self.lint(PictogramTestData.files(manifest: manifest, drawings: drawings))
        let expected = [
            "Pictograms/manifest.tsv:4:23: error: unknown concept id \"ambulance\" in the row of ambulance",
            "Pictograms/manifest.tsv:4:1: error: the pictogram \"ambulance\" has no file ambulance.svg.",
            "Pictograms/stray.svg:0:0: error: the drawing has no row in manifest.tsv",
            "Pictograms/fire.svg:6:",
        ]
        for prefix in expected {
            #expect(messages.contains { $0.hasPrefix(prefix) }, "\(prefix)\n\(messages.joined(separator: "\n"))")
        }
        #expect(messages.contains { $0.contains("a fire pictogram starts its drawing with a <rect> filled #C8102E") })
    }

    @Test func aConceptNamingAPictogramThatDoesNotListItIsAWarning() throws {
        let manifest = PictogramTestData.manifest.replacingOccurrences(
            of: "train\tinformation\tshinjuku-station", with: "train\tinformation\tfire")
        let messages = try Self.lint(PictogramTestData.files(manifest: manifest))
        #expect(
            messages.contains(
                "Pictograms/manifest.tsv:3:19: warning: concepts.tsv gives shinjuku-station the pictogram train, but its row does not list shinjuku-station."
            ))
    }

    @Test func rowsOutOfOrderAreAWarning() throws {
        let manifest =
            "id\tcolour\tconcepts\tstandard\temoji\ntrain\tinformation\tshinjuku-station\t\t🚆\nfire\tfire\tfire\t\t🔥\n"
        let messages = try Self.lint(PictogramTestData.files(manifest: manifest))
        #expect(
            messages.contains { $0.hasPrefix("Pictograms/manifest.tsv:3:1: warning: \"fire\" comes after \"train\"") })
    }

    @Test func drawingsWithoutAManifestAreAnError() throws {
        let files = PictogramFiles(manifest: nil, drawings: ["fire.svg": Array(PictogramTestData.svg().utf8)])
        let messages = try Self.lint(files)
        #expect(
            messages.contains(
                "Pictograms/manifest.tsv:0:0: error: the manifest is missing, so 1 drawings have no manifest row."))
    }

    @Test func theRepositoryDataLintsWithoutErrors() throws {
        let location = try DataLocation(folder: TestData.repository)
        let linter = DictionaryLinter(
            files: try DictionaryFiles(location: location), pictograms: try PictogramFiles(location: location))
        let errors = try linter.lint().filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.prefix(10).map(\.description))")
    }
}
