import Foundation
internal import TsuhoText

/// A caller's text prepared for cue words: sentence bounds, windows around a term folded like the cue
/// lists (case, width, kana, diacritics), numbers, phone numbers and addresses. Offsets are the
/// original text's UTF-8 offsets.
struct TriageText {
    let text: String
    let utf8: [UInt8]
    /// Sentence ends (exclusive UTF-8 offsets), in order; the last is the text's end.
    private let sentenceEnds: [Int]

    init(_ text: String) {
        self.text = text
        utf8 = Array(text.utf8)
        var ends: [Int] = []
        var offset = 0
        for scalar in text.unicodeScalars {
            offset += String(scalar).utf8.count
            if ".!?。！？\n".unicodeScalars.contains(scalar) { ends.append(offset) }
        }
        if ends.last != utf8.count { ends.append(utf8.count) }
        sentenceEnds = ends
    }

    private func sentence(containing offset: Int) -> Range<Int> {
        var start = 0
        for end in sentenceEnds {
            if offset < end { return start..<end }
            start = end
        }
        return start..<utf8.count
    }

    private func string(_ range: Range<Int>) -> String {
        guard range.lowerBound < range.upperBound else { return "" }
        return String(decoding: utf8[range], as: UTF8.self)
    }

    /// Lower case without diacritics, katakana as hiragana, fullwidth as ASCII: how cues are stored.
    static func fold(_ text: String) -> String {
        (try? SearchIndex.plainKey.key(text)) ?? text.lowercased()
    }

    /// True when a cue of a kind stands before or after the term, within its clause and not past the
    /// neighbouring terms.
    func hasCue(
        _ kind: String, rules: TriageRules, languages: [LanguageCode], around range: Range<Int>, previousEnd: Int,
        nextStart: Int
    ) -> Bool {
        let cues = languages.flatMap { rules.cues(kind, for: $0) }
        guard !cues.isEmpty else { return false }
        let clause = sentence(containing: range.lowerBound)
        let before = Self.fold(string(max(clause.lowerBound, min(previousEnd, range.lowerBound))..<range.lowerBound))
        let after = Self.fold(string(range.upperBound..<max(range.upperBound, min(clause.upperBound, nextStart))))
        let beforeWords = before.split { $0.isWhitespace || $0.isPunctuation }.suffix(3).map(String.init)
        let afterWords = after.split { $0.isWhitespace || $0.isPunctuation }.prefix(3).map(String.init)
        let beforeTail = String(before.filter { !$0.isWhitespace }.suffix(8))
        let afterHead = String(after.filter { !$0.isWhitespace }.prefix(12))
        for (cue, position) in cues {
            let spaced = cue.contains(" ")
            if position != "after" {
                if beforeWords.contains(cue) || (spaced && beforeWords.joined(separator: " ").contains(cue)) {
                    return true
                }
                if !before.contains(" "), !cue.allSatisfy(\.isASCII), beforeTail.contains(cue) { return true }
            }
            if position != "before" {
                if afterWords.contains(where: { $0.hasPrefix(cue) })
                    || (spaced && afterWords.joined(separator: " ").contains(cue))
                {
                    return true
                }
                if !cue.allSatisfy(\.isASCII), afterHead.contains(cue) { return true }
            }
        }
        return false
    }

    /// True when the term's sentence is a question.
    func isQuestion(at range: Range<Int>, rules: TriageRules, languages: [LanguageCode]) -> Bool {
        let clause = sentence(containing: range.lowerBound)
        let sentenceText = string(clause)
        if sentenceText.contains("?") || sentenceText.contains("？") { return true }
        let folded = Self.fold(sentenceText)
        let words = Set(folded.split { $0.isWhitespace || $0.isPunctuation }.map(String.init))
        for (cue, _) in languages.flatMap({ rules.cues("question", for: $0) }) where cue != "?" && cue != "？" {
            if cue.allSatisfy(\.isASCII) || cue.count > 2 {
                if words.contains(cue) || (!cue.allSatisfy(\.isASCII) && folded.hasSuffix(cue)) { return true }
            }
        }
        return false
    }

    /// The text after an offset, folded, without leading spaces, at most `characters` long.
    func following(_ offset: Int, characters: Int) -> String {
        let rest = Self.fold(string(offset..<utf8.count)).drop { $0.isWhitespace }
        return String(rest.prefix(characters))
    }

    /// Numbers in the text: digits (any script, fullwidth too), kanji numerals up to 九十九, and number
    /// words of the given languages.
    func numbers(words: [String: Int]) -> [(value: Int, utf8Range: Range<Int>)] {
        var found: [(value: Int, utf8Range: Range<Int>)] = []
        var offset = 0
        var runStart = -1
        var runValue = 0
        var kanjiStart = -1
        var kanji: [Int] = []
        func closeRuns(at end: Int) {
            if runStart >= 0 {
                found.append((runValue, runStart..<end))
                runStart = -1
                runValue = 0
            }
            if kanjiStart >= 0 {
                if let value = Self.kanjiValue(kanji) { found.append((value, kanjiStart..<end)) }
                kanjiStart = -1
                kanji = []
            }
        }
        for scalar in text.unicodeScalars {
            let width = String(scalar).utf8.count
            if scalar.properties.numericType == .decimal, let digit = scalar.properties.numericValue {
                if runStart < 0 { runStart = offset }
                runValue = min(runValue * 10 + Int(digit), 1_000_000_000)
            } else if let value = Self.kanjiDigits[scalar] {
                if runStart >= 0 { closeRuns(at: offset) }
                if kanjiStart < 0 { kanjiStart = offset }
                kanji.append(value)
            } else {
                closeRuns(at: offset)
            }
            offset += width
        }
        closeRuns(at: offset)
        // Number words, whole words only.
        var wordStart = 0
        offset = 0
        var word = ""
        for scalar in text.unicodeScalars + [" "] {
            let width = String(scalar).utf8.count
            if scalar.properties.isWhitespace || scalar.properties.generalCategory == .otherPunctuation {
                if !word.isEmpty, let value = words[Self.fold(word)],
                    Self.kanjiDigits[word.unicodeScalars.first ?? " "] == nil
                {
                    found.append((value, wordStart..<offset))
                }
                word = ""
                wordStart = offset + width
            } else {
                word.unicodeScalars.append(scalar)
            }
            offset += width
        }
        return found.sorted { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }
    }

    private static let kanjiDigits: [Unicode.Scalar: Int] = [
        "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "両": 2, "兩": 2,
        "两": 2,
    ]

    /// 三 → 3, 十二 → 12, 二十五 → 25.
    private static func kanjiValue(_ digits: [Int]) -> Int? {
        guard !digits.isEmpty else { return nil }
        if let ten = digits.firstIndex(of: 10) {
            let tens = ten == 0 ? 1 : digits[0]
            let units = ten + 1 < digits.count ? digits[ten + 1] : 0
            return tens * 10 + units
        }
        return digits.count == 1 ? digits[0] : nil
    }

    /// Japanese phone numbers: 0 then 9–10 more digits, or +81 then 9–10 digits, with hyphens, spaces or
    /// dots between groups; fullwidth digits too.
    static func phoneNumbers(in text: String) -> [String] {
        var numbers: [String] = []
        var current = ""
        var digits = 0
        func close() {
            guard digits >= 9 else {
                current = ""
                digits = 0
                return
            }
            let trimmed = String(current.drop { $0 == "-" }.reversed().drop { $0 == "-" }.reversed())
            if trimmed.hasPrefix("+81"), (9...11).contains(digits - 2) {
                numbers.append(trimmed)
            } else if trimmed.hasPrefix("0"), (10...11).contains(digits) {
                numbers.append(trimmed)
            }
            current = ""
            digits = 0
        }
        for character in text {
            if let value = character.wholeNumberValue, character.unicodeScalars.count == 1, value < 10 {
                current.append(Character(String(value)))
                digits += 1
            } else if character == "+", current.isEmpty {
                current.append("+")
            } else if digits > 0,
                character == "-" || character == " " || character == "." || character == "‐"
                    || character == "ー" || character == "−" || character == "．"
            {
                if !current.isEmpty { current.append("-") }
            } else {
                close()
            }
        }
        close()
        return numbers
    }

    /// Japanese address parts: 3丁目, 12番地, 5号, 3-12-5, 3-chome.
    static func addresses(in text: String) -> [(Range<Int>, String)] {
        guard text.contains(where: { "丁番号".contains($0) }) || text.lowercased().contains("chome") else { return [] }
        var found: [(Range<Int>, String)] = []
        let patterns: [Regex<AnyRegexOutput>] = [
            Regex(#/[0-9０-９一二三四五六七八九十]+丁目(\s*[0-9０-９]+(番地?|[-－ー])?\s*[0-9０-９]*号?)?/#),
            Regex(#/[0-9]+\s*-?\s*(chome|choume)(\s*[0-9]+(-[0-9]+)?)?/#.ignoresCase()),
        ]
        for pattern in patterns {
            for match in text.matches(of: pattern) {
                let lower = text.utf8.distance(from: text.startIndex, to: match.range.lowerBound)
                let upper = text.utf8.distance(from: text.startIndex, to: match.range.upperBound)
                found.append((lower..<upper, String(text[match.range])))
            }
        }
        return found
    }
}
