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
        /// The form when it is an acronym (CO, AED), which only counts written exactly so.
        let acronym: String?
    }

    /// A match before it becomes a ``SpottedTerm``: where it is in the caller's text and which key.
    private struct Candidate: Hashable {
        let start: Int
        let end: Int
        let concept: Int32
        let language: Int32
        let form: Int32
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
                let form = forms[index]
                folded.append(
                    Key(
                        posting: postings[index], diacriticInsensitive: false,
                        acronym: Self.isAcronym(form) ? form : nil))
                if language.usesLatinScript, !SearchIndex.isASCII(key) {
                    accented.append(index)
                }
            }
            guard !accented.isEmpty else { continue }
            try SearchIndex.batch(accented.map { forms[$0] }, SearchIndex.plainKey) { index, key in
                guard !key.isEmpty else { return }
                plainBytes.append(Array(key))
                plain.append(Key(posting: postings[accented[index]], diacriticInsensitive: true, acronym: nil))
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
        var candidates = try candidates(of: folded, keys: foldedKeys, in: foldedText, context: &context)
        let plainText = try SearchIndex.plainKey.fold(text)
        let accentless = try self.candidates(of: plain, keys: plainKeys, in: plainText, context: &context)
        // Diacritic-insensitive matches count only where no whole word matched with the diacritics.
        if !accentless.isEmpty {
            var covered = [Bool](repeating: false, count: context.utf8.count)
            for candidate in candidates {
                for offset in candidate.start..<candidate.end { covered[offset] = true }
            }
            for candidate in accentless where !(candidate.start..<candidate.end).contains(where: { covered[$0] }) {
                candidates.append(candidate)
            }
        }
        candidates.sort {
            if $0.start != $1.start { return $0.start < $1.start }
            if $0.end != $1.end { return $0.end > $1.end }
            return ($0.diacriticInsensitive ? 1 : 0, $0.language, $0.concept, $0.form)
                < ($1.diacriticInsensitive ? 1 : 0, $1.language, $1.concept, $1.form)
        }
        var chosen: [Candidate] = []
        if allOverlaps {
            chosen = candidates
        } else {
            var reach = 0
            var lastSpan: (Int, Int)?
            for candidate in candidates {
                if let lastSpan, candidate.start == lastSpan.0, candidate.end == lastSpan.1 {
                    chosen.append(candidate)
                } else if candidate.start >= reach {
                    chosen.append(candidate)
                    reach = candidate.end
                    lastSpan = (candidate.start, candidate.end)
                }
            }
        }
        return chosen.map { term($0, context: context) }
    }

    /// The whole-word matches of an automaton in a folded text, in the caller's offsets, once each.
    private func candidates(
        of automaton: ByteAutomaton, keys: [Key], in text: FoldedText, context: inout BoundaryContext
    ) throws -> [Candidate] {
        var found: [Candidate] = []
        var seen: Set<Candidate> = []
        let utf8 = context.utf8
        text.foldedUTF8.withUnsafeBufferPointer { bytes in
            automaton.forEachMatch(in: bytes) { keyNumber, end in
                let key = keys[Int(keyNumber)]
                let start = end - Int(automaton.keyLengths[Int(keyNumber)])
                // Keep matches that start and end on folded character boundaries.
                guard start == 0 || bytes[start] & 0xC0 != 0x80, end == bytes.count || bytes[end] & 0xC0 != 0x80
                else { return }
                let original = text.originalUTF8Range(forFoldedUTF8: start..<end)
                // An acronym (CO, AED, DV) only counts written as one: "co" is Vietnamese "có", not
                // carbon monoxide. A one-letter word without its diacritics says too little to count.
                if let acronym = key.acronym, !utf8[original].elementsEqual(acronym.utf8) { return }
                if key.diacriticInsensitive, utf8[original].filter({ $0 & 0xC0 != 0x80 }).count < 2 { return }
                let candidate = Candidate(
                    start: original.lowerBound, end: original.upperBound, concept: key.posting.concept,
                    language: key.posting.language, form: key.posting.form,
                    diacriticInsensitive: key.diacriticInsensitive)
                if seen.insert(candidate).inserted {
                    found.append(candidate)
                }
            }
        }
        return try found.filter { try isWhole($0, context: &context) }
    }

    /// The spotted term of a chosen candidate.
    private func term(_ candidate: Candidate, context: BoundaryContext) -> SpottedTerm {
        let entry = lexicon.entry(Int(candidate.language), Int(candidate.concept))
        let form = entry?.forms[Int(candidate.form)] ?? ""
        let range = candidate.start..<candidate.end
        let surface = String(decoding: context.utf8[range], as: UTF8.self)
        let match: MatchKind =
            candidate.diacriticInsensitive ? .diacriticInsensitive : surface == form ? .exact : .folded
        return SpottedTerm(
            conceptID: lexicon.concepts[Int(candidate.concept)].id,
            language: lexicon.languages[Int(candidate.language)].code, form: form, text: surface,
            range: Self.range(context.text, range), utf8Range: range, match: match)
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
    private func isWhole(_ candidate: Candidate, context: inout BoundaryContext) throws -> Bool {
        let language = lexicon.languages[Int(candidate.language)]
        if ["Jpan", "Hans", "Hant", "Hani"].contains(language.script) {
            return true
        }
        if language.needsSegmenter {
            if context.boundaries[language.icuLocale] == nil {
                let locale = try ICULocale(language.icuLocaleTag)
                let starts = try Segmenter.cached(locale: locale).words(in: context.text).map(\.utf8Range.lowerBound)
                context.boundaries[language.icuLocale] = Set(starts + [context.utf8.count])
            }
            let set = context.boundaries[language.icuLocale] ?? []
            return set.contains(candidate.start) && set.contains(candidate.end)
        }
        return !Self.isWordCharacter(before: candidate.start, in: context.utf8)
            && !Self.isWordCharacter(at: candidate.end, in: context.utf8)
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
