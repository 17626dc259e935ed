internal import TsuhoText

/// Finds every dictionary term of every language in a caller's text, in one pass over the folded text.
///
/// Built once from a ``Lexicon`` and shared by all tasks. Matching runs an Aho–Corasick automaton over
/// the text folded like the dictionary (case, width, kana), then keeps whole words where a script
/// separates words ("fire" is not found in "firefly"), any position for Japanese and Chinese, and ICU
/// word boundaries for Thai, Khmer, Burmese and Lao. Forms of Latin-script languages also match without
/// diacritics (Vietnamese without tones, Spanish without accents) where no form matched with them, and
/// say so. Every hit points back to the caller's own words:
///
/// ```swift
/// let spotter = try TermSpotter(lexicon: Lexicon.bundled())
/// for term in try spotter.spot("co chay o ga Shinjuku") {
///     print(term.conceptID, term.language, term.text, term.match)
/// }
/// ```
public struct TermSpotter: Sendable {
    /// A key of the automaton: which form of which concept in which language.
    private struct Key: Sendable {
        let posting: Posting
        let diacriticInsensitive: Bool
    }

    /// The dictionary the terms come from.
    public let lexicon: Lexicon
    private let folded: ByteAutomaton
    private let foldedKeys: [Key]
    private let plain: ByteAutomaton
    private let plainKeys: [Key]

    /// Builds the automata from every form of every language.
    ///
    /// - Parameter lexicon: The dictionary.
    /// - Throws: ``TextError`` only if ICU itself fails.
    public init(lexicon: Lexicon) throws {
        self.lexicon = lexicon
        var foldedBytes: [[UInt8]] = []
        var folded: [Key] = []
        var plainBytes: [[UInt8]] = []
        var plain: [Key] = []
        for (position, language) in lexicon.languages.enumerated() {
            let (forms, postings) = lexicon.cells.forms(of: position)
            guard !forms.isEmpty else { continue }
            var accented: [Int] = []
            try SearchIndex.batch(forms, SearchIndex.foldKey) { index, key in
                guard !key.isEmpty else { return }
                foldedBytes.append(Array(key))
                folded.append(Key(posting: postings[index], diacriticInsensitive: false))
                if language.usesLatinScript, !SearchIndex.isASCII(key) {
                    accented.append(index)
                }
            }
            guard !accented.isEmpty else { continue }
            try SearchIndex.batch(accented.map { forms[$0] }, SearchIndex.plainKey) { index, key in
                guard !key.isEmpty else { return }
                plainBytes.append(Array(key))
                plain.append(Key(posting: postings[accented[index]], diacriticInsensitive: true))
            }
        }
        self.folded = ByteAutomaton(keys: foldedBytes)
        foldedKeys = folded
        self.plain = ByteAutomaton(keys: plainBytes)
        plainKeys = plain
    }

    /// Finds the terms of a text.
    ///
    /// - Parameters:
    ///   - text: The caller's text.
    ///   - allOverlaps: Return every match, overlapping or not; by default the leftmost-longest matches
    ///     that do not overlap (every language's form for that span).
    /// - Returns: The terms, in text order.
    /// - Throws: ``TextError`` only if ICU itself fails.
    public func spot(_ text: String, allOverlaps: Bool = false) throws -> [SpottedTerm] {
        var context = BoundaryContext(text: text)
        let foldedText = try SearchIndex.foldKey.fold(text)
        var candidates = try matches(of: folded, keys: foldedKeys, in: foldedText, original: context.utf8).filter {
            try isWhole($0, context: &context)
        }
        let plainText = try SearchIndex.plainKey.fold(text)
        let accentless = try matches(of: plain, keys: plainKeys, in: plainText, original: context.utf8).filter {
            try isWhole($0, context: &context)
        }
        // Diacritic-insensitive matches count only where no whole word matched with the diacritics.
        if !accentless.isEmpty {
            var covered = [Bool](repeating: false, count: context.utf8.count)
            for candidate in candidates {
                for offset in candidate.utf8Range { covered[offset] = true }
            }
            for candidate in accentless where !candidate.utf8Range.contains(where: { covered[$0] }) {
                candidates.append(candidate)
            }
        }
        candidates.sort {
            if $0.utf8Range.lowerBound != $1.utf8Range.lowerBound {
                return $0.utf8Range.lowerBound < $1.utf8Range.lowerBound
            }
            if $0.utf8Range.count != $1.utf8Range.count { return $0.utf8Range.count > $1.utf8Range.count }
            return ($0.match, $0.language, $0.conceptID) < ($1.match, $1.language, $1.conceptID)
        }
        guard !allOverlaps else { return candidates }
        var chosen: [SpottedTerm] = []
        var reach = 0
        var lastSpan: Range<Int>?
        for candidate in candidates {
            if candidate.utf8Range == lastSpan {
                chosen.append(candidate)
            } else if candidate.utf8Range.lowerBound >= reach {
                chosen.append(candidate)
                reach = candidate.utf8Range.upperBound
                lastSpan = candidate.utf8Range
            }
        }
        return chosen
    }

    /// Every match of an automaton in a folded text, mapped back to the caller's words.
    private func matches(
        of automaton: ByteAutomaton, keys: [Key], in text: FoldedText, original utf8: [UInt8]
    ) -> [SpottedTerm] {
        var found: [SpottedTerm] = []
        var seen: Set<[Int]> = []
        text.foldedUTF8.withUnsafeBufferPointer { bytes in
            automaton.forEachMatch(in: bytes) { keyNumber, end in
                let key = keys[Int(keyNumber)]
                let start = end - Int(automaton.keyLengths[Int(keyNumber)])
                // Keep matches that start and end on folded character boundaries.
                guard start == 0 || bytes[start] & 0xC0 != 0x80, end == bytes.count || bytes[end] & 0xC0 != 0x80
                else { return }
                let original = text.originalUTF8Range(forFoldedUTF8: start..<end)
                let posting = key.posting
                guard
                    seen.insert([original.lowerBound, original.upperBound, Int(posting.concept), Int(posting.language)])
                        .inserted
                else { return }
                let entry = lexicon.entry(Int(posting.language), Int(posting.concept))
                let form = entry?.forms[Int(posting.form)] ?? ""
                let surface = String(decoding: utf8[original], as: UTF8.self)
                // An acronym (CO, AED, DV) only counts written as one: "co" is Vietnamese "có", not
                // carbon monoxide. A one-letter word without its diacritics says too little to count.
                if Self.isAcronym(form), surface != form { return }
                if key.diacriticInsensitive, surface.unicodeScalars.count < 2 { return }
                let match: MatchKind =
                    key.diacriticInsensitive ? .diacriticInsensitive : surface == form ? .exact : .folded
                found.append(
                    SpottedTerm(
                        conceptID: lexicon.concepts[Int(posting.concept)].id,
                        language: lexicon.languages[Int(posting.language)].code, form: form, text: surface,
                        range: Self.range(text.original, original), utf8Range: original, match: match))
            }
        }
        return found
    }

    /// What the word checks of one text share: its bytes, and ICU's word boundaries per locale.
    private struct BoundaryContext {
        let text: String
        let utf8: [UInt8]
        var boundaries: [String: Set<Int>] = [:]

        init(text: String) {
            self.text = text
            utf8 = Array(text.utf8)
        }
    }

    /// Whole words for scripts that separate words; ICU word boundaries for Thai, Khmer, Burmese and Lao;
    /// anywhere for Japanese and Chinese.
    private func isWhole(_ term: SpottedTerm, context: inout BoundaryContext) throws -> Bool {
        let language = try lexicon.language(term.language)
        if ["Jpan", "Hans", "Hant", "Hani"].contains(language.script) {
            return true
        }
        if language.needsSegmenter {
            if context.boundaries[language.icuLocale] == nil {
                let locale = try ICULocale(language.icuLocale.replacingAll("_", with: "-"))
                let starts = try Segmenter.cached(locale: locale).words(in: context.text).map(\.utf8Range.lowerBound)
                context.boundaries[language.icuLocale] = Set(starts + [context.utf8.count])
            }
            let set = context.boundaries[language.icuLocale] ?? []
            return set.contains(term.utf8Range.lowerBound) && set.contains(term.utf8Range.upperBound)
        }
        return !Self.isWordCharacter(before: term.utf8Range.lowerBound, in: context.utf8)
            && !Self.isWordCharacter(at: term.utf8Range.upperBound, in: context.utf8)
    }

    private static func isWordCharacter(before offset: Int, in utf8: [UInt8]) -> Bool {
        guard offset > 0 else { return false }
        var start = offset - 1
        while start > 0, utf8[start] & 0xC0 == 0x80 {
            start -= 1
        }
        return isWordCharacter(at: start, in: utf8)
    }

    private static func isWordCharacter(at offset: Int, in utf8: [UInt8]) -> Bool {
        guard offset < utf8.count else { return false }
        let scalar = String(decoding: utf8[offset..<min(offset + 4, utf8.count)], as: UTF8.self).unicodeScalars.first
        guard let scalar else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            || scalar.properties.generalCategory == .nonspacingMark
    }

    /// Two to five capital ASCII letters or digits, with at least one letter.
    private static func isAcronym(_ form: String) -> Bool {
        let scalars = form.unicodeScalars
        return (2...5).contains(scalars.count)
            && scalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
            && scalars.contains { ("A"..."Z").contains($0) }
    }

    private static func range(_ text: String, _ range: Range<Int>) -> Range<String.Index> {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return start..<utf8.index(start, offsetBy: range.count)
    }
}
