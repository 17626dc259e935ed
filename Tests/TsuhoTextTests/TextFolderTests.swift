import Testing
import TsuhoText

struct TextFolderTests {
    @Test func halfwidthKatakanaFoldsToHiraganaWithItsMap() throws {
        let folded = try TextFolder().fold("ｷｭｳｷｭｳｼｬ")
        #expect(folded.folded == "きゅうきゅうしゃ")
        #expect(folded.original == "ｷｭｳｷｭｳｼｬ")
        let map = folded.alignment
        #expect(map.count == 8)
        #expect(map[0].folded == "き" && map[0].original == "ｷ" && map[0].originalUTF8 == 0..<3)
        #expect(map[7].folded == "ゃ" && map[7].original == "ｬ" && map[7].originalUTF8 == 21..<24)
    }

    @Test func voicedHalfwidthKanaMapsToBothOriginalCharacters() throws {
        let folded = try TextFolder().fold("ｶﾞｽ")
        #expect(folded.folded == "がす")
        #expect(folded.alignment[0].original == "ｶﾞ")
        #expect(folded.alignment[1].original == "ｽ")
    }

    @Test func fullwidthKatakanaAndLatinFold() throws {
        let folder = TextFolder()
        #expect(try folder.key("キュウキュウシャ") == "きゅうきゅうしゃ")
        #expect(try folder.key("ＦＩＲＥ　Fire") == "fire fire")
    }

    @Test func diacriticsAreRemovedOnlyWhenAsked() throws {
        #expect(try TextFolder().key("Nơi Sơ Tán") == "nơi sơ tán")
        let folder = TextFolder(options: [.caseFold, .diacritics])
        #expect(try folder.key("Nơi Sơ Tán") == "noi so tan")
        #expect(try folder.key("Đường Ambulância HEMORRAGIA Ł") == "duong ambulancia hemorragia l")
        // Thai vowel signs, Devanagari signs and Japanese voicing marks are letters, not accents.
        #expect(try folder.key("ไฟไหม้ आगलागी が") == "ไฟไหม้ आगलागी が")
        #expect(try folder.key("Пожар й") == "пожар й")
    }

    @Test func decomposedInputWithoutCaseFoldStillLosesAccents() throws {
        let folder = TextFolder(options: [.diacritics])
        let folded = try folder.fold("Te\u{301}l")
        #expect(folded.folded == "Tel")
        #expect(folded.originalUTF8Range(forFoldedUTF8: 1..<2) == 1..<2)
    }

    @Test func traditionalChineseFoldsToSimplified() throws {
        let folder = TextFolder(options: [.caseFold, .simplifiedChinese])
        let folded = try folder.fold("救護車來了")
        #expect(folded.folded == "救护车来了")
        #expect(folded.alignment.map(\.original) == ["救", "護", "車", "來", "了"])
    }

    @Test func removedCharactersLeaveTheMapCovering() throws {
        // NFKC_Casefold removes default ignorables such as the soft hyphen and ZERO WIDTH JOINER.
        let folded = try TextFolder().fold("A\u{AD}B")
        #expect(folded.folded == "ab")
        #expect(folded.originalUTF8Range(forFoldedUTF8: 0..<2) == 0..<4)
        #expect(folded.originalUTF8Range(forFoldedUTF8: 1..<2) == 3..<4)
    }

    @Test func sharpSMapsBothLettersToTheOneOriginal() throws {
        let folded = try TextFolder().fold("Straße")
        #expect(folded.folded == "strasse")
        #expect(folded.originalUTF8Range(forFoldedUTF8: 4..<5) == 4..<6)
        #expect(folded.originalUTF8Range(forFoldedUTF8: 5..<6) == 4..<6)
        #expect(folded.originalUTF8Range(forFoldedUTF8: 0..<7) == 0..<7)
    }

    @Test func stringIndexRangesMapBack() throws {
        let folded = try TextFolder().fold("ＳＨＩＮＪＵＫＵ駅")
        let key = folded.folded
        let range = try #require(key.firstRange(of: "駅"))
        #expect(folded.original[folded.originalRange(forFolded: range)] == "駅")
    }

    @Test func emptyAndIgnorableOnlyTexts() throws {
        let empty = try TextFolder().fold("")
        #expect(empty.folded.isEmpty && empty.alignment.isEmpty)
        #expect(empty.originalUTF8Range(forFoldedUTF8: 0..<0) == 0..<0)
        let joiners = try TextFolder().fold("\u{200D}\u{200D}")
        #expect(joiners.folded.isEmpty)
        #expect(joiners.original == "\u{200D}\u{200D}")
    }

    @Test func optionNamesRoundTrip() {
        #expect(FoldOptions.searchKey.names == ["case", "width", "kana"])
        #expect(FoldOptions.all.names == ["case", "width", "kana", "diacritics", "simplified"])
    }
}

struct TextFolderKeyTests {
    @Test func keyBytesEqualTheFoldedTextOfFold() throws {
        for options in [FoldOptions.searchKey, .all, [.width], []] {
            let folder = TextFolder(options: options)
            for text in ["ｷｭｳｷｭｳｼｬ", "Nơi Sơ Tán", "救護車來了", "Straße\u{AD}", "e\u{301}ｶﾞ😀"] {
                #expect(try folder.keyUTF8(text) == folder.fold(text).foldedUTF8)
                #expect(try folder.key(text) == folder.fold(text).folded)
            }
        }
    }
}
