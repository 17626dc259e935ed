import Foundation
import Testing
import Tsuho
import TsuhoTestSupport
import TsuhoText

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

/// Random texts built from dictionary forms and noise: every planted term is found where it was put, and
/// every hit's original words fold to the form's key.
struct TermSpotterPropertyTests {
    @Test func plantedTermsAreFoundAndHitsFoldToTheirKeys() throws {
        let lexicon = try TestData.bundled.get()
        let spotter = try TermSpotter(lexicon: lexicon)
        let languages: [LanguageCode] = ["en", "es", "vi", "ja", "ru", "ko"]
        var forms: [(concept: String, language: LanguageCode, form: String)] = []
        for language in languages {
            for concept in lexicon.concepts.prefix(400) {
                if let form = try lexicon.terms(for: concept.id, in: language).forms.first {
                    forms.append((concept.id, language, form))
                }
            }
        }
        let noise = [" ", " ... ", " 119 ", " 🔥 ", "!! ", " (", ") ", ", ", " - "]
        var random = SplitMix64(seed: 2026)
        let folder = TextFolder(options: .searchKey)
        let plain = TextFolder(options: [.caseFold, .width, .kana, .diacritics])
        for _ in 0..<150 {
            var text = ""
            var planted: [(concept: String, range: Range<Int>)] = []
            for _ in 0..<Int(random.next() % 5 + 1) {
                text += noise[Int(random.next() % UInt64(noise.count))]
                let pick = forms[Int(random.next() % UInt64(forms.count))]
                let start = text.utf8.count
                text += pick.form
                planted.append((pick.concept, start..<text.utf8.count))
            }
            text += noise[Int(random.next() % UInt64(noise.count))]
            let hits = try spotter.spot(text, allOverlaps: true)
            for plant in planted {
                #expect(
                    hits.contains { $0.conceptID == plant.concept && $0.utf8Range == plant.range },
                    "\(plant.concept) at \(plant.range) not found in \(text.debugDescription)")
            }
            for hit in hits {
                let key = try hit.match == .diacriticInsensitive ? plain.key(hit.text) : folder.key(hit.text)
                let formKey = try hit.match == .diacriticInsensitive ? plain.key(hit.form) : folder.key(hit.form)
                #expect(key == formKey, "\(hit.text.debugDescription) does not fold to \(hit.form.debugDescription)")
            }
        }
    }
}
