import Foundation
import Testing
import Tsuho

struct TermSpotterTests {
    static let spotter: Result<TermSpotter, any Error> = Result {
        try TermSpotter(lexicon: Lexicon(files: TestData.dictionaryFiles()))
    }

    static func spot(_ text: String, allOverlaps: Bool = false) throws -> [String] {
        try spotter.get().spot(text, allOverlaps: allOverlaps).map {
            "\($0.conceptID)/\($0.language)/\($0.text)/\($0.match.name)"
        }
    }

    @Test func wholeWordsOnlyWhereWordsAreSeparated() throws {
        #expect(try Self.spot("fire!") == ["fire/en/fire/exact"])
        #expect(try Self.spot("firefly").isEmpty)
        #expect(try Self.spot("a BLAZE, then") == ["fire/en/BLAZE/folded"])
        #expect(try Self.spot("the fire-truck") == ["fire/en/fire/exact"])
    }

    @Test func diacriticInsensitiveOnlyWhereNothingElseMatched() throws {
        #expect(try Self.spot("co chay o nha") == ["fire/vi/chay/diacritic-insensitive"])
        #expect(try Self.spot("có cháy") == ["fire/vi/cháy/exact"])
    }

    @Test func japaneseMatchesInsideWordsAndThaiAtWordBoundaries() throws {
        #expect(try Self.spot("家が火事です") == ["fire/ja/火事/exact"])
        #expect(try Self.spot("ｼﾝｼﾞｭｸ新宿駅で") == ["shinjuku-station/ja/新宿駅/exact"])
        #expect(try Self.spot("ไฟไหม้ที่บ้าน") == ["fire/th/ไฟไหม้/exact"])
    }

    @Test func longestMatchWinsUnlessOverlapsAreAskedFor() throws {
        let text = "evacuation shelter"
        #expect(try Self.spot(text) == ["evacuation-shelter/en/evacuation shelter/exact"])
        #expect(try Self.spot(text, allOverlaps: true).count >= 1)
    }

    @Test func rangesPointAtTheCallersOwnWords() throws {
        let text = "Ｆｉｒｅ!! and ＢＬＡＺＥ"
        let terms = try Self.spotter.get().spot(text)
        #expect(terms.map(\.text) == ["Ｆｉｒｅ", "ＢＬＡＺＥ"])
        for term in terms {
            #expect(String(text[term.range]) == term.text)
            #expect(Array(text.utf8)[term.utf8Range].elementsEqual(term.text.utf8))
        }
    }

    @Test func oddInputsGiveSensibleResults() throws {
        let spotter = try Self.spotter.get()
        #expect(try spotter.spot("").isEmpty)
        #expect(try spotter.spot("😀🔥🚑   \n\t").isEmpty)
        let controls = String(
            String.UnicodeScalarView((0..<32).compactMap(Unicode.Scalar.init) + [Unicode.Scalar(0x7F)]))
        #expect(try spotter.spot(controls + "fire" + controls).map(\.conceptID) == ["fire"])
        #expect(try spotter.spot(String(repeating: "火", count: 1_000_000)).isEmpty)
    }
}
