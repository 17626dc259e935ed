import Foundation
import Testing

@testable import Tsuho

#if canImport(FoundationXML)
    import FoundationXML
#endif

struct InfoCardTests {
    static func card(_ items: [String], language: LanguageCode = "vi") throws -> InfoCard {
        let lexicon = try Lexicon(files: TestData.dictionaryFiles())
        let catalog = try PictogramCatalog(files: PictogramTestData.files(), lexicon: lexicon)
        return try InfoCard(items: items, language: language, lexicon: lexicon, catalog: catalog)
    }

    /// True when a document parses as XML.
    static func parses(_ text: String) -> Bool {
        let parser = XMLParser(data: Data(text.utf8))
        return parser.parse() && parser.parserError == nil
    }

    @Test func captionsAreTheReadersLanguageThenJapaneseWithStatus() throws {
        let card = try Self.card(["fire", "evacuation-shelter"])
        #expect(card.language.code == "vi")
        let fire = try #require(card.items.first)
        #expect(fire.pictogram?.id == "fire")
        #expect(fire.captions.map(\.text) == ["hỏa hoạn", "火事"])
        #expect(fire.captions.map(\.role) == [.reader, .japanese])
        #expect(fire.captions.map(\.status) == [.draft, .draft])
        #expect(card.hasDraftText)
        #expect(card.missingTranslations.isEmpty)
        // evacuation-shelter's pictogram comes from the manifest row of fire.
        #expect(card.items.last?.pictogram?.id == "fire")
    }

    @Test func aMissingFormFallsBackToARelayLanguageAndSaysSo() throws {
        let card = try Self.card(["shinjuku-station"])
        let caption = try #require(card.items.first?.readerCaption)
        #expect(caption.text == "Shinjuku Station")
        #expect(caption.language.code == "en")
        #expect(caption.isFallback)
        #expect(card.missingTranslations == ["shinjuku-station"])
        #expect(InfoCardRenderer().sms(card).text == "🚆 [en] Shinjuku Station")
    }

    @Test func aPictogramIdIsCaptionedWithItsMainConcept() throws {
        let card = try Self.card(["train"], language: "en")
        #expect(card.items.first?.conceptID == "shinjuku-station")
        #expect(card.items.first?.pictogram?.id == "train")
        #expect(card.items.first?.readerCaption?.text == "Shinjuku Station")
    }

    @Test func aPictogramWithoutAConceptCannotBeCaptioned() throws {
        let lexicon = try Lexicon(files: TestData.dictionaryFiles())
        let manifest = PictogramTestData.manifest + "keep-low\tinformation\t\t\t🧎\n"
        var drawings = ["fire.svg": PictogramTestData.svg(family: .fire), "train.svg": PictogramTestData.svg()]
        drawings["keep-low.svg"] = PictogramTestData.svg()
        let catalog = try PictogramCatalog(
            files: PictogramTestData.files(manifest: manifest, drawings: drawings), lexicon: lexicon)
        #expect {
            _ = try InfoCard(items: ["keep-low"], language: "en", lexicon: lexicon, catalog: catalog)
        } throws: { error in
            (error as? PictogramError)?.code == .noConcept
        }
    }

    @Test func japaneseReadersGetNoRepeatedLine() throws {
        let card = try Self.card(["fire"], language: "ja")
        #expect(card.items.first?.captions.map(\.text) == ["火事"])
        #expect(card.items.first?.captions.first?.role == .reader)
    }

    @Test func unknownIdsAndLanguagesAreRefused() throws {
        #expect(throws: LexiconError.self) { _ = try Self.card(["no-such-thing"]) }
        #expect(throws: LexiconError.self) { _ = try Self.card(["fire"], language: "xx") }
    }

    @Test func aCallersTextMakesACard() throws {
        let lexicon = try Lexicon(files: TestData.dictionaryFiles())
        let catalog = try PictogramCatalog(files: PictogramTestData.files(), lexicon: lexicon)
        let card = try InfoCard(
            text: "ไฟไหม้ near Shinjuku Station, fire!", language: "en", spotter: TermSpotter(lexicon: lexicon),
            catalog: catalog)
        #expect(card.items.map(\.conceptID) == ["fire", "shinjuku-station"])
    }

    @Test func svgIsOneDocumentWithLanguagesFontsAndStatus() throws {
        let svg = try InfoCardRenderer().svg(Self.card(["fire", "shinjuku-station"]))
        #expect(Self.parses(svg))
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains("xml:lang=\"vi\""))
        #expect(svg.contains("xml:lang=\"ja\""))
        #expect(svg.contains("font-family=\"'Noto Sans CJK JP'"))
        #expect(svg.contains("data-status=\"draft\""))
        #expect(svg.contains(">[en] Shinjuku Station</text>"))
        #expect(svg.contains("Draft translation"))
        #expect(!svg.contains("<title xml:lang=\"en\">Fire</title>"), "the drawings' own titles are replaced")
        // Two nested drawings, neither with an id.
        #expect(svg.components(separatedBy: "viewBox=\"0 0 100 100\"").count == 3)
        #expect(!svg.contains(" id="))
    }

    @Test func arabicCardsRunRightToLeft() throws {
        let lexicon = try TestData.bundled.get()
        let catalog = try PictogramCatalog.bundled(lexicon: lexicon)
        let card = try InfoCard(
            items: ["tsunami", "go-to-high-ground"], language: "ar", lexicon: lexicon, catalog: catalog)
        let renderer = InfoCardRenderer()
        let svg = try renderer.svg(card)
        #expect(Self.parses(svg))
        #expect(svg.contains("direction=\"rtl\" unicode-bidi=\"embed\" text-anchor=\"start\""))
        #expect(svg.contains("font-family=\"'Noto Naskh Arabic'"))
        #expect(svg.contains("xml:lang=\"ja-x-easy\""))
        let html = renderer.html(card)
        #expect(html.hasPrefix("<figure class=\"tsuho-card\" lang=\"ar\" dir=\"rtl\""))
        #expect(html.contains("<p class=\"tsuho-caption tsuho-caption-japanese\" lang=\"ja\" dir=\"ltr\""))
        #expect(html.contains("alt=\"تسونامي\" lang=\"ar\""))
    }

    @Test func htmlIsAccessibleAndEscaped() throws {
        let lexicon = try Lexicon(
            files: TestData.dictionaryFiles(replacing: [
                "en.tsv": TestData.english.replacingOccurrences(of: "fire | blaze", with: "fire <b>&</b> \"blaze\"")
            ]))
        let catalog = try PictogramCatalog(files: PictogramTestData.files(), lexicon: lexicon)
        let card = try InfoCard(
            items: ["fire", "evacuation-shelter"], language: "en", lexicon: lexicon, catalog: catalog)
        let html = InfoCardRenderer().html(card)
        #expect(html.contains("fire &lt;b&gt;&amp;&lt;/b&gt; &quot;blaze&quot;"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("<img src=\"data:image/svg+xml;base64,"))
        #expect(html.contains("alt=\"fire &lt;b&gt;&amp;&lt;/b&gt; &quot;blaze&quot;\" lang=\"en\""))
        #expect(html.contains("lang=\"ja\""))
        // The English cell of fire is reviewed, the shelter's is a draft and says so.
        #expect(html.contains("data-status=\"reviewed\">fire"))
        #expect(html.contains("evacuation shelter <small class=\"tsuho-draft\" lang=\"en\""))
        #expect(html.contains("<figcaption"))
        #expect(
            Self.parses(
                "<root>"
                    + html.replacingOccurrences(
                        of: "width=\"128\" height=\"128\">", with: "width=\"128\" height=\"128\"/>") + "</root>"))
    }

    @Test func smsCountsUTF16AndSegments() throws {
        let card = try Self.card(["fire", "evacuation-shelter"])
        let sms = InfoCardRenderer().sms(card)
        #expect(sms.text == "🔥 hỏa hoạn\n🔥 nơi lánh nạn")
        #expect(sms.units == sms.text.utf16.count)
        #expect(sms.units == 27)
        #expect(sms.fitsOneSegment)
        #expect(sms.notice == nil)
    }

    @Test func segmentsAreSeventyThenSixtySevenWithoutSplittingSurrogates() {
        #expect(SMSText(text: String(repeating: "a", count: 70)).segments == 1)
        #expect(SMSText(text: String(repeating: "a", count: 71)).segments == 2)
        #expect(SMSText(text: String(repeating: "a", count: 134)).segments == 2)
        #expect(SMSText(text: String(repeating: "a", count: 135)).segments == 3)
        // 66 units and an emoji (2 units) would end the first segment between the surrogates.
        let text = String(repeating: "a", count: 66) + "🔥" + String(repeating: "b", count: 60)
        #expect(SMSText(text: text).units == 128)
        #expect(SMSText(text: text).segments == 2)
        let tight = String(repeating: "a", count: 66) + "🔥" + String(repeating: "b", count: 66)
        #expect(SMSText(text: tight).units == 134)
        #expect(SMSText(text: tight).segments == 3)
        let long = SMSText(text: String(repeating: "🌊", count: 40))
        #expect(long.units == 80)
        #expect(long.notice?.contains("2 concatenated segments") == true)
    }

    @Test func sheetsListEveryPictogramByFamily() throws {
        let catalog = try PictogramCatalog(files: PictogramTestData.files())
        let svg = PictogramSheet(columns: 1, size: 64).svg(catalog.pictograms)
        #expect(Self.parses(svg))
        #expect(svg.contains(">fire</text>"))
        #expect(svg.contains(">train</text>"))
        #expect(
            svg.range(of: ">fire</text>")?.lowerBound ?? svg.endIndex < svg.range(of: ">train</text>")?.lowerBound
                ?? svg.startIndex)
        #expect(
            PictogramSheet.labelLines("tsunami-evacuation-building", maxCharacters: 16) == [
                "tsunami-evacuation-", "building",
            ])
    }
}
