import Testing
import TsuhoText

struct TransliteratorTests {
    @Test func kanaBecomesRomaji() throws {
        #expect(try Transliterator.cached(id: "Katakana-Latin").transliterate("キュウキュウシャ") == "kyuukyuusha")
        #expect(try Transliterator.cached(id: "Hiragana-Latin").transliterate("きゅうきゅうしゃ") == "kyuukyuusha")
        #expect(try Transliterator.cached(id: "Hiragana-Latin").transliterate("しんじゅくえき") == "shinjukueki")
    }

    @Test func otherScriptsAndCompoundIds() throws {
        #expect(try Transliterator.cached(id: "Traditional-Simplified").transliterate("救護車來了") == "救护车来了")
        #expect(try Transliterator.cached(id: "Any-Latin; Latin-ASCII").transliterate("Hà Nội") == "Ha Noi")
        #expect(try Transliterator.cached(id: "Latin-Katakana").transliterate("tokyo") == "トキョ")
        #expect(try Transliterator.cached(id: "Cyrillic-Latin").transliterate("пожар") == "požar")
        #expect(try Transliterator.cached(id: "Hangul-Latin").transliterate("신주쿠") == "sinjuku")
    }

    @Test func unknownIdNamesTheId() {
        #expect {
            _ = try Transliterator(id: "Klingon-Latin")
        } throws: { error in
            let error = error as? TextError
            return error?.code == .unknownTransform && error?.message.contains("Klingon-Latin") == true
        }
    }

    @Test func cachedReturnsTheSameCompiledTransform() throws {
        let first = try Transliterator.cached(id: "Katakana-Hiragana")
        let second = try Transliterator.cached(id: "Katakana-Hiragana")
        #expect(first === second)
    }

    @Test func manyTasksGetTheSameAnswersAsOne() async throws {
        let transliterator = try Transliterator.cached(id: "Any-Latin; Latin-ASCII")
        let inputs = [
            "キュウキュウシャ", "火事です", "Nơi sơ tán", "신주쿠역", "пожар", "حريق", "ไฟไหม้", "आगलागी", "救護車",
        ]
        let expected = try inputs.map { try transliterator.transliterate($0) }
        let results = try await withThrowingTaskGroup(of: [String].self) { group in
            for _ in 0..<32 {
                group.addTask {
                    var outputs: [String] = []
                    for _ in 0..<20 {
                        outputs = try inputs.map { try transliterator.transliterate($0) }
                    }
                    return outputs
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 32)
        #expect(results.allSatisfy { $0 == expected })
    }
}
