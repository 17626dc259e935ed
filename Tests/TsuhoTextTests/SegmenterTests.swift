import Testing
import TsuhoText

struct SegmenterTests {
    static func words(_ text: String, _ tag: String) throws -> [String] {
        try Segmenter.cached(locale: ICULocale(tag)).words(in: text).filter(\.kind.isWord).map(\.text)
    }

    @Test func thaiIsSplitIntoWordsWithoutSpaces() throws {
        #expect(try Self.words("ไฟไหม้ที่บ้าน", "th") == ["ไฟ", "ไหม้", "ที่", "บ้าน"])
    }

    @Test func japaneseIsSplitIntoWords() throws {
        let words = try Self.words("火事です。救急車を呼んでください", "ja")
        #expect(words.first == "火事")
        #expect(words.contains("救急車"))
    }

    @Test(arguments: [("km", "ភ្លើងឆេះផ្ទះ"), ("my", "မီးလောင်နေတယ်"), ("lo", "ໄຟໄໝ້ເຮືອນ"), ("zh-Hans", "我家着火了快来救命")])
    func scriptsWithoutSpacesGiveSeveralWords(tag: String, text: String) throws {
        let segments = try Segmenter.cached(locale: ICULocale(tag)).words(in: text)
        #expect(segments.filter(\.kind.isWord).count >= 2, "\(tag): \(segments.map(\.text))")
        #expect(segments.map(\.text).joined() == text)
    }

    @Test func segmentsCoverTheTextWithRangesAndOffsets() throws {
        let text = "Fire! 2 people, 😀 help."
        let segments = try Segmenter.cached(locale: ICULocale("en")).words(in: text)
        #expect(segments.map(\.text).joined() == text)
        for segment in segments {
            #expect(String(text[segment.range]) == segment.text)
            #expect(Array(text.utf8)[segment.utf8Range].elementsEqual(segment.text.utf8))
        }
        #expect(segments.first { $0.text == "2" }?.kind == .number)
        #expect(segments.first { $0.text == "Fire" }?.kind == .letters)
    }

    @Test func sentencesAreFound() throws {
        let sentences = try Segmenter.cached(locale: ICULocale("en")).sentences(in: "Help! Fire at home. Come fast")
        #expect(sentences.map(\.text) == ["Help! ", "Fire at home. ", "Come fast"])
        let japanese = try Segmenter.cached(locale: ICULocale("ja")).sentences(in: "火事です。助けて！")
        #expect(japanese.count == 2)
    }

    @Test func emptyTextHasNoSegments() throws {
        #expect(try Segmenter.cached(locale: ICULocale("en")).words(in: "").isEmpty)
    }
}
