import Testing
import TsuhoTestSupport
import TsuhoText

/// The offset-map property: any range of the folded text maps back to a valid range of the original that
/// covers the characters it came from.
struct FoldedTextPropertyTests {
    /// Pieces that stress normalization: emoji and ZWJ sequences, combining marks, halfwidth kana with
    /// voicing marks, conjoining Hangul jamo, right-to-left text, ligatures, ignorables, case and width.
    static let pieces: [String] = [
        "a", "Z", " ", "fire", "HELP", "1", "。", "!", "\n",
        "😀", "👨‍👩‍👧", "🇯🇵", "👍🏽", "\u{200D}", "\u{FE0F}",
        "e\u{301}", "e\u{323}\u{302}", "\u{301}", "ệ", "Ư", "đ", "ß", "ﬁ", "İ", "Σ", "ς",
        "ｶ", "ﾞ", "ｶﾞ", "ﾊﾟ", "ｷｭｳ", "ｰ", "キュウ", "ヴ", "ヽ", "が", "か\u{3099}",
        "\u{1100}", "\u{1161}", "\u{11A8}", "한", "ᄒ\u{1161}\u{11AB}",
        "مرحبا", "حريق", "שלום", "\u{202E}", "\u{2067}",
        "ＡＢＣ", "１２", "　", "㍿", "①", "救護車", "來", "駅", "ไฟไหม้", "आग", "\u{AD}",
    ]

    static let optionSets: [FoldOptions] = [
        .searchKey, .all, [.caseFold], [.width], [.kana], [.diacritics], [.simplifiedChinese], [],
        [.width, .kana, .diacritics],
    ]

    @Test(arguments: optionSets)
    func foldedRangesMapBackToCoveringOriginalRanges(options: FoldOptions) throws {
        var random = SplitMix64(seed: 0x7453_7568_6F00 &+ UInt64(options.rawValue))
        let folder = TextFolder(options: options)
        for _ in 0..<400 {
            let length = Int(random.next() % 12)
            let text = (0..<length).map { _ in Self.pieces[Int(random.next() % UInt64(Self.pieces.count))] }.joined()
            let folded = try folder.fold(text)
            #expect(folded.original == text)
            let characterBounds = Self.characterBoundaries(of: folded.folded)
            // Every character of the folded text, and random spans of them.
            var ranges: [Range<Int>] = zip(characterBounds, characterBounds.dropFirst()).map { $0..<$1 }
            for _ in 0..<6 where characterBounds.count > 1 {
                let first = Int(random.next() % UInt64(characterBounds.count))
                let second = Int(random.next() % UInt64(characterBounds.count))
                ranges.append(characterBounds[min(first, second)]..<characterBounds[max(first, second)])
            }
            for range in ranges {
                let mapped = folded.originalUTF8Range(forFoldedUTF8: range)
                try Self.checkValid(mapped, in: text, for: range, folded: folded)
                guard !range.isEmpty else { continue }
                let source = Self.substring(text, mapped)
                let sourceFolded = try folder.key(source)
                let target = Self.substring(folded.folded, range)
                #expect(
                    Self.containsBytes(sourceFolded, target),
                    "folding \(source.debugDescription) gives \(sourceFolded.debugDescription), which lacks \(target.debugDescription) (text \(text.debugDescription))"
                )
            }
            // The whole folded text maps to a range that covers every original character that survived.
            if !folded.folded.isEmpty {
                let whole = folded.originalUTF8Range(forFoldedUTF8: 0..<folded.folded.utf8.count)
                let prefix = try folder.key(Self.substring(text, 0..<whole.lowerBound))
                let suffix = try folder.key(Self.substring(text, whole.upperBound..<text.utf8.count))
                #expect(
                    prefix.isEmpty && suffix.isEmpty,
                    "text outside \(whole) folds to something: \(text.debugDescription)")
            }
        }
    }

    static func checkValid(_ mapped: Range<Int>, in text: String, for range: Range<Int>, folded: FoldedText) throws {
        let utf8 = Array(text.utf8)
        #expect(mapped.lowerBound >= 0 && mapped.upperBound <= utf8.count)
        for bound in [mapped.lowerBound, mapped.upperBound] where bound < utf8.count {
            #expect(utf8[bound] & 0xC0 != 0x80, "offset \(bound) of \(text.debugDescription) is inside a scalar")
        }
        if !range.isEmpty {
            #expect(
                !mapped.isEmpty, "non-empty folded range \(range) mapped to an empty range in \(text.debugDescription)")
        }
    }

    static func containsBytes(_ text: String, _ part: String) -> Bool {
        let haystack = Array(text.utf8)
        let needle = Array(part.utf8)
        guard needle.count <= haystack.count else { return false }
        return (0...(haystack.count - needle.count)).contains { start in
            haystack[start..<(start + needle.count)].elementsEqual(needle)
        }
    }

    static func characterBoundaries(of text: String) -> [Int] {
        var bounds = [0]
        var offset = 0
        for character in text {
            offset += character.utf8.count
            bounds.append(offset)
        }
        return bounds
    }

    static func substring(_ text: String, _ range: Range<Int>) -> String {
        String(decoding: Array(text.utf8)[range], as: UTF8.self)
    }
}
