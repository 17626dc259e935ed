import Foundation
import Testing
import TsuhoTestSupport

@testable import Tsuho

/// Renders what a person sees, with librsvg's rsvg-convert, and looks at the pixels: every pictogram,
/// and a card in each script family. In CI (where `.ci/run` installs librsvg2-bin and the fonts) these
/// always run; elsewhere they are skipped, saying why, when the tools are missing.
struct PictogramRenderingTests {
    static let canRender = SVGRendering.canRender || SVGRendering.isCI

    /// The pictogram ids of the repository's manifest.
    static let ids: [String] = {
        let folder = TestData.repository.appendingPathComponent("Pictograms")
        guard let files = try? PictogramFiles(folder: folder), let bytes = files.manifest,
            let manifest = try? PictogramManifest(bytes: bytes, mode: .lenient)
        else { return [] }
        return manifest.entries.map(\.id)
    }()

    /// The card languages, one per script family, with the fontconfig language that covers the script.
    static let families: [(script: String, language: LanguageCode, fontconfig: String)] = [
        ("Latin", "vi", "vi"), ("CJK", "zh-Hans", "zh-cn"), ("Hangul", "ko", "ko"), ("Thai", "th", "th"),
        ("Devanagari", "ne", "ne"), ("Myanmar", "my", "my"), ("Khmer", "km", "km"), ("Arabic", "ar", "ar"),
        ("Cyrillic", "ru", "ru"),
    ]

    /// Concepts with pictograms and some of the dictionary's longest captions, to test wrapping.
    static let cardConcepts = [
        "tsunami", "high-ground", "elderly-evacuation", "subsequent-earthquake-advisory", "wheelchair-user",
    ]

    static let catalog: Result<PictogramCatalog, any Error> = Result {
        try PictogramCatalog.bundled(lexicon: TestData.bundled.get())
    }

    @Test(
        .enabled(if: canRender, "rsvg-convert is not installed (Debian librsvg2-bin); CI installs it"),
        arguments: ids)
    func everyPictogramRendersAndIsNotBlank(id: String) throws {
        let pictogram = try Self.catalog.get().pictogram(id: id)
        for size in [48, 200] {
            let image = try SVGRendering.png(pictogram.svg, width: size)
            #expect(image.width == size && image.height == size)
            // The frame fills most of the square ...
            let covered = image.colourShares(xs: 0..<size, ys: 0..<size)
            #expect(!covered.isEmpty)
            // ... and a symbol stands out from it in the middle.
            let middle = image.colourShares(xs: size / 4..<size * 3 / 4, ys: size / 4..<size * 3 / 4)
            #expect(middle.count >= 2 && middle[1] >= 0.05, "\(id) at \(size) px looks blank: \(middle.prefix(3))")
        }
    }

    @Test(.enabled(if: canRender, "rsvg-convert is not installed (Debian librsvg2-bin); CI installs it"))
    func aCardInEveryScriptFamilyRendersInsideItsFrame() throws {
        let lexicon = try TestData.bundled.get()
        let catalog = try Self.catalog.get()
        let renderer = InfoCardRenderer()
        let width = Int(renderer.width)
        for family in Self.families {
            let card = try InfoCard(
                items: Self.cardConcepts, language: family.language, lexicon: lexicon, catalog: catalog)
            let image = try SVGRendering.png(try renderer.svg(card))
            #expect(image.width == width, "\(family.script)")
            #expect(image.distinctColours() >= 3, "\(family.script) card is blank")
            // The first row's captions have ink (the pictogram is on the left, or on the right for Arabic).
            let rtl = family.language == "ar"
            let margin = Int(renderer.margin)
            let picture = Int(renderer.pictogramSize + renderer.gap)
            let captions = rtl ? margin..<(width - margin - picture) : (margin + picture)..<(width - margin)
            let ink = image.inkedPixels(xs: captions, ys: margin..<(margin + Int(renderer.pictogramSize)))
            #expect(ink > 500, "\(family.script): the first captions have only \(ink) inked pixels")
            // Nothing spills into the strips between the content and the card's frame.
            // Below and above the frame's rounded corners.
            let rows = 26..<(image.height - 26)
            let left = image.inkedPixels(xs: 12..<(margin - 2), ys: rows)
            let right = image.inkedPixels(xs: (width - margin + 2)..<(width - 12), ys: rows)
            #expect(
                left == 0 && right == 0,
                "\(family.script): text overflows the card (\(left) px left, \(right) px right)")
        }
    }

    /// The script of a language of the bundled dictionary.
    static func script(of language: LanguageCode) -> String {
        (try? TestData.bundled.get().language(language).script) ?? "Latn"
    }

    static let fontsInstalled: Bool = families.allSatisfy { family in
        let script = Self.script(of: family.language)
        return (try? SVGRendering.hasFamily(CaptionFonts.families(forScript: script)[0])) == true
    }

    @Test(
        .enabled(
            if: fontsInstalled || SVGRendering.isCI,
            "the caption fonts are not installed (apt-get install fonts-noto-core fonts-noto-cjk fonts-khmeros); CI installs them"
        ))
    func everyCaptionScriptHasAFont() throws {
        // rsvg draws a missing glyph as a box, which is not blank: so the fonts are checked by name.
        for family in Self.families {
            let installed = try #require(
                try SVGRendering.fontFamilies(forLanguage: family.fontconfig), "fontconfig (fc-list) is not installed")
            #expect(!installed.isEmpty, "no font covers \(family.script) (fc-list :lang=\(family.fontconfig))")
            let wanted = CaptionFonts.families(forScript: Self.script(of: family.language))[0]
            #expect(try SVGRendering.hasFamily(wanted), "\(wanted) for \(family.script) is not installed")
        }
        #expect(try SVGRendering.hasFamily("Noto Sans CJK JP"), "Noto Sans CJK JP for the Japanese captions")
    }

    @Test(.enabled(if: canRender, "rsvg-convert is not installed (Debian librsvg2-bin); CI installs it"))
    func theContactSheetShowsEveryPictogram() throws {
        let catalog = try Self.catalog.get()
        let image = try SVGRendering.png(PictogramSheet(columns: 12, size: 48).svg(catalog.pictograms))
        #expect(image.distinctColours() >= 8)
        #expect(image.inkedPixels() > catalog.pictograms.count * 300)
    }
}
