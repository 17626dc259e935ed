import Foundation
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
    /// What a key of the automaton stands for: which form of which concept in which language, and how
    /// it may match.
    struct KeyInfo: Sendable {
        let concept: Int32
        let language: Int32
        let form: Int32
        /// Whole 32 bits, so the record has no padding and the cache file is the same bytes every time.
        let flags: UInt32
        /// Where the dictionary form is in ``TermSpotter/formBytes``.
        let formStart: Int32
        let formLength: Int32

        /// A form without its diacritics, counted only where no form matched with them.
        static let diacriticInsensitive: UInt32 = 1
        /// An acronym (CO, AED), which only counts written exactly so.
        static let acronym: UInt32 = 2

        var isDiacriticInsensitive: Bool { flags & Self.diacriticInsensitive != 0 }
    }

    /// Where a language's terms may start and end.
    private enum WordRule: Sendable {
        /// Anywhere: Japanese and Chinese have no spaces and terms sit inside longer words.
        case anywhere
        /// Not next to a letter, digit or combining mark: scripts that separate words with spaces.
        case spaced
        /// At ICU word boundaries for the ICU locale: Thai, Khmer, Burmese, Lao.
        case icuWords(String)
    }

    /// A match before it becomes a ``SpottedTerm``: where it is in the caller's text and which key.
    private struct Candidate: Equatable {
        let start: Int32
        let end: Int32
        let info: KeyInfo

        static func == (left: Candidate, right: Candidate) -> Bool {
            left.start == right.start && left.end == right.end && left.info.concept == right.info.concept
                && left.info.language == right.info.language && left.info.form == right.info.form
                && left.info.flags == right.info.flags
        }

        /// Text order; at one start the longest first; then exact before diacritic-insensitive, then
        /// dictionary order.
        static func precedes(_ left: Candidate, _ right: Candidate) -> Bool {
            if left.start != right.start { return left.start < right.start }
            if left.end != right.end { return left.end > right.end }
            if left.info.flags != right.info.flags { return left.info.flags < right.info.flags }
            if left.info.language != right.info.language { return left.info.language < right.info.language }
            if left.info.concept != right.info.concept { return left.info.concept < right.info.concept }
            return left.info.form < right.info.form
        }
    }

    /// What building produces and the cache keeps: the automaton and what its keys stand for.
    struct Tables {
        let automaton: ByteAutomaton
        let keys: [KeyInfo]
        let formBytes: [UInt8]
        let acronyms: [Int32: [UInt8]]

        /// True when every key points into the dictionary it is used with and into the form bytes, so
        /// tables read from a cache cannot send a lookup out of bounds.
        func fits(_ lexicon: Lexicon) -> Bool {
            let concepts = Int32(lexicon.concepts.count)
            let languages = Int32(lexicon.languages.count)
            return automaton.largestKeyNumber < keys.count
                && keys.allSatisfy { key in
                    key.concept >= 0 && key.concept < concepts && key.language >= 0 && key.language < languages
                        && key.formStart >= 0 && key.formLength >= 0
                        && Int(key.formStart) + Int(key.formLength) <= formBytes.count
                }
                && acronyms.keys.allSatisfy { $0 >= 0 && Int($0) < keys.count }
        }
    }

    /// The dictionary the terms come from.
    public let lexicon: Lexicon
    private let automaton: ByteAutomaton
    private let keys: [KeyInfo]
    /// The exact spelling of each acronym key.
    private let acronyms: [Int32: [UInt8]]
    /// Per language position.
    private let wordRules: [WordRule]
    private let hasDiacriticInsensitiveKeys: Bool
    /// Every dictionary form as written, one after another, so a hit's form needs no lookup.
    private let formBytes: [UInt8]
    /// Concept ids and language tags by position, so a hit copies a string, not a whole concept.
    private let conceptIDs: [String]
    private let languageCodes: [LanguageCode]

    /// Builds the automaton from every form of every language.
    ///
    /// - Parameter lexicon: The dictionary.
    /// - Throws: ``TextError`` only if ICU itself fails.
    public init(lexicon: Lexicon) throws {
        self.init(lexicon: lexicon, tables: try Self.build(lexicon))
    }

    /// Reads the automaton from a cache directory when it holds one built from the same dictionary by the
    /// same version of Tsuho and ICU, or builds it and stores it there for the next process: a
    /// command-line run then starts in milliseconds instead of building for a tenth of a second.
    ///
    /// The cache is only ever a copy: a missing, stale, damaged or unwritable cache means building, as
    /// ``init(lexicon:)`` does, and the result is the same.
    ///
    /// - Parameters:
    ///   - lexicon: The dictionary.
    ///   - cacheDirectory: A directory for the cache file (created when missing).
    /// - Throws: ``TextError`` only if ICU itself fails.
    public init(lexicon: Lexicon, cacheDirectory: URL) throws {
        let cache = SpotterCache(directory: cacheDirectory, lexicon: lexicon)
        if let tables = cache.read(), tables.fits(lexicon) {
            self.init(lexicon: lexicon, tables: tables)
            return
        }
        let tables = try Self.build(lexicon)
        cache.write(tables)
        self.init(lexicon: lexicon, tables: tables)
    }

    private init(lexicon: Lexicon, tables: Tables) {
        self.lexicon = lexicon
        automaton = tables.automaton
        keys = tables.keys
        formBytes = tables.formBytes
        acronyms = tables.acronyms
        hasDiacriticInsensitiveKeys = tables.keys.contains { $0.isDiacriticInsensitive }
        conceptIDs = lexicon.concepts.map(\.id)
        languageCodes = lexicon.languages.map(\.code)
        wordRules = lexicon.languages.map { language in
            if ["Jpan", "Hans", "Hant", "Hani"].contains(language.script) { return .anywhere }
            return language.needsSegmenter ? .icuWords(language.icuLocaleTag) : .spaced
        }
    }

    /// Folds every form of every language into the automaton's keys and builds it.
    private static func build(_ lexicon: Lexicon) throws -> Tables {
        var flat = FlatKeys()
        var keys: [KeyInfo] = []
        var acronyms: [Int32: [UInt8]] = [:]
        var plainFlat = FlatKeys()
        var plainKeys: [KeyInfo] = []
        var formBytes: [UInt8] = []
        for (position, language) in lexicon.languages.enumerated() {
            var joined: [UInt8] = []
            var postings: [Posting] = []
            var formSpans: [(Int32, Int32)] = []
            var acronymForms: [Int: [UInt8]] = [:]
            lexicon.cells.forEachForm(position) { concept, form, bytes in
                if !postings.isEmpty { joined.append(0x0A) }
                joined.append(contentsOf: bytes)
                formSpans.append((Int32(formBytes.count), Int32(bytes.count)))
                formBytes.append(contentsOf: bytes)
                if Self.isAcronym(bytes) { acronymForms[postings.count] = Array(bytes) }
                postings.append(Posting(concept: Int32(concept), language: Int32(position), form: Int32(form)))
            }
            guard !postings.isEmpty else { continue }
            let text = String(decoding: joined, as: UTF8.self)
            var accented: [Int] = []
            try SearchIndex.batch(text, count: postings.count, SearchIndex.foldKey) { index, key in
                // A single kana matches inside almost every Japanese sentence (やさしい日本語 "て", hand).
                guard !key.isEmpty, !Self.isSingleKana(key) else { return }
                let posting = postings[index]
                let acronym = acronymForms[index]
                if let acronym { acronyms[Int32(keys.count)] = acronym }
                let info = KeyInfo(
                    concept: posting.concept, language: posting.language, form: posting.form,
                    flags: acronym == nil ? 0 : KeyInfo.acronym, formStart: formSpans[index].0,
                    formLength: formSpans[index].1)
                flat.append(key)
                keys.append(info)
                // Phones type the typographic apostrophe: "can’t breathe", "m’a frappé" match forms
                // written with ' as well.
                if key.contains(0x27) {
                    flat.append(Self.withTypographicApostrophes(key))
                    keys.append(info)
                }
                if language.usesLatinScript, !SearchIndex.isASCII(key) {
                    accented.append(index)
                }
            }
            guard !accented.isEmpty else { continue }
            let forms = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
            let accentedText = accented.map { String(decoding: forms[$0], as: UTF8.self) }
            try SearchIndex.batch(accentedText, SearchIndex.plainKey) { index, key in
                guard !key.isEmpty else { return }
                let posting = postings[accented[index]]
                let span = formSpans[accented[index]]
                plainFlat.append(key)
                plainKeys.append(
                    KeyInfo(
                        concept: posting.concept, language: posting.language, form: posting.form,
                        flags: KeyInfo.diacriticInsensitive, formStart: span.0, formLength: span.1))
            }
        }
        plainFlat.bytes.withUnsafeBufferPointer { bytes in
            for (start, length) in zip(plainFlat.starts, plainFlat.lengths) {
                flat.append(UnsafeBufferPointer(rebasing: bytes[Int(start)..<Int(start + length)]))
            }
        }
        keys += plainKeys
        return Tables(automaton: ByteAutomaton(keys: flat), keys: keys, formBytes: formBytes, acronyms: acronyms)
    }

    /// Where command-line tools keep the automaton between runs: `$TSUHO_CACHE_DIR`, else
    /// `$XDG_CACHE_HOME/tsuho`, else `~/.cache/tsuho`; nil when `TSUHO_CACHE_DIR=off`.
    public static var defaultCacheDirectory: URL? { SpotterCache.defaultDirectory }

    /// The size of the automaton: keys, nodes and the bytes its tables hold.
    public var statistics: (keys: Int, nodes: Int, bytes: Int) {
        (keys.count, automaton.nodeCount, automaton.memoryBytes + keys.count * MemoryLayout<KeyInfo>.stride)
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
        var candidates = try self.candidates(in: foldedText, diacriticInsensitiveOnly: false, context: &context)
        // Where the caller wrote some diacritics, the forms without them are matched against the text
        // without its diacritics too ("co cháy" is "có cháy").
        if hasDiacriticInsensitiveKeys, Self.mayHaveLatinDiacritics(foldedText.foldedUTF8) {
            let plainText = try SearchIndex.plainKey.fold(text)
            candidates += try self.candidates(in: plainText, diacriticInsensitiveOnly: true, context: &context)
        }
        candidates = Self.keepingExactOverAccentless(candidates, textCount: context.utf8.count)
        candidates.sort(by: Candidate.precedes)
        var chosen: [Candidate] = []
        chosen.reserveCapacity(candidates.count)
        var reach: Int32 = 0
        var lastSpan: (Int32, Int32) = (-1, -1)
        for candidate in candidates {
            if let last = chosen.last, last == candidate { continue }
            if allOverlaps || (candidate.start == lastSpan.0 && candidate.end == lastSpan.1) {
                chosen.append(candidate)
            } else if candidate.start >= reach {
                chosen.append(candidate)
                reach = candidate.end
                lastSpan = (candidate.start, candidate.end)
            }
        }
        return chosen.map { term($0, context: context) }
    }

    /// Diacritic-insensitive matches count only where no form matched with its diacritics.
    private static func keepingExactOverAccentless(_ candidates: [Candidate], textCount: Int) -> [Candidate] {
        guard candidates.contains(where: { $0.info.isDiacriticInsensitive }) else { return candidates }
        var covered = [Bool](repeating: false, count: textCount + 1)
        for candidate in candidates where !candidate.info.isDiacriticInsensitive {
            for offset in Int(candidate.start)..<Int(candidate.end) { covered[offset] = true }
        }
        return candidates.filter { candidate in
            !candidate.info.isDiacriticInsensitive
                || !(Int(candidate.start)..<Int(candidate.end)).contains { covered[$0] }
        }
    }

    /// True when a folded text may hold a Latin letter with a diacritic (Latin-1 Supplement to
    /// Latin Extended-B, IPA, combining marks, Latin Extended Additional), judged by lead bytes.
    private static func mayHaveLatinDiacritics(_ utf8: [UInt8]) -> Bool {
        var index = 0
        let count = utf8.count
        while index < count {
            let byte = utf8[index]
            if byte >= 0xC3 && byte <= 0xCD { return true }
            if byte == 0xE1, index + 1 < count, (0xB8...0xBB).contains(utf8[index + 1]) { return true }
            index += 1
        }
        return false
    }

    /// The whole-word matches in a folded text, in the caller's offsets.
    private func candidates(
        in text: FoldedText, diacriticInsensitiveOnly: Bool, context: inout BoundaryContext
    ) throws -> [Candidate] {
        var found: [Candidate] = []
        var needsICU = false
        let original = context.utf8
        keys.withUnsafeBufferPointer { keys in
            text.foldedUTF8.withUnsafeBufferPointer { bytes in
                original.withUnsafeBufferPointer { original in
                    automaton.forEachMatch(in: bytes) { keyNumber, match in
                        let info = keys[Int(keyNumber)]
                        if diacriticInsensitiveOnly && !info.isDiacriticInsensitive { return }
                        let (start, end) = (match.lowerBound, match.upperBound)
                        // Keep matches that start and end on folded character boundaries.
                        guard start == 0 || bytes[start] & 0xC0 != 0x80,
                            end == bytes.count || bytes[end] & 0xC0 != 0x80
                        else { return }
                        let range = text.originalUTF8Range(forFoldedUTF8: start..<end)
                        guard !range.isEmpty else { return }
                        // An acronym (CO, AED, DV) only counts written as one: "co" is Vietnamese "có", not
                        // carbon monoxide. A one-letter word without its diacritics says too little to count.
                        if info.flags & KeyInfo.acronym != 0,
                            let acronym = acronyms[keyNumber],
                            !UnsafeBufferPointer(rebasing: original[range]).elementsEqual(acronym)
                        {
                            return
                        }
                        if info.isDiacriticInsensitive, Self.scalarCount(original, range) < 2 { return }
                        switch wordRules[Int(info.language)] {
                        case .anywhere:
                            break
                        case .spaced:
                            guard !Self.isWordCharacter(before: range.lowerBound, in: original),
                                !Self.isWordCharacter(at: range.upperBound, in: original)
                            else { return }
                        case .icuWords:
                            needsICU = true
                        }
                        found.append(
                            Candidate(
                                start: Int32(range.lowerBound), end: Int32(range.upperBound),
                                info: info))
                    }
                }
            }
        }
        guard needsICU else { return found }
        var kept: [Candidate] = []
        kept.reserveCapacity(found.count)
        for candidate in found {
            guard case .icuWords(let locale) = wordRules[Int(candidate.info.language)] else {
                kept.append(candidate)
                continue
            }
            let boundaries = try context.wordBoundaries(locale: locale)
            if boundaries.contains(Int(candidate.start)), boundaries.contains(Int(candidate.end)) {
                kept.append(candidate)
            }
        }
        return kept
    }

    /// The spotted term of a chosen candidate.
    private func term(_ candidate: Candidate, context: BoundaryContext) -> SpottedTerm {
        let info = candidate.info
        let formRange = Int(info.formStart)..<Int(info.formStart + info.formLength)
        let range = Int(candidate.start)..<Int(candidate.end)
        let surfaceBytes = context.utf8[range]
        let match: MatchKind =
            info.isDiacriticInsensitive
            ? .diacriticInsensitive : surfaceBytes.elementsEqual(formBytes[formRange]) ? .exact : .folded
        return SpottedTerm(
            conceptID: conceptIDs[Int(info.concept)], language: languageCodes[Int(info.language)],
            form: String(decoding: formBytes[formRange], as: UTF8.self),
            text: String(decoding: surfaceBytes, as: UTF8.self), range: Self.range(context.text, range),
            utf8Range: range, match: match)
    }

    /// What the word checks of one text share: its bytes, and ICU's word boundaries per locale.
    private struct BoundaryContext {
        let text: String
        let utf8: [UInt8]
        private var boundaries: [String: Set<Int>] = [:]

        init(text: String) {
            self.text = text
            utf8 = Array(text.utf8)
        }

        /// The UTF-8 offsets where ICU's word break iterator for a locale puts boundaries.
        mutating func wordBoundaries(locale tag: String) throws -> Set<Int> {
            if let known = boundaries[tag] { return known }
            let locale = try ICULocale(tag)
            let starts = try Segmenter.cached(locale: locale).words(in: text).map(\.utf8Range.lowerBound)
            let found = Set(starts + [utf8.count])
            boundaries[tag] = found
            return found
        }
    }

    /// The number of Unicode scalars in a range of UTF-8.
    private static func scalarCount(_ utf8: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var count = 0
        for offset in range where utf8[offset] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    private static func isWordCharacter(before offset: Int, in utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard offset > 0 else { return false }
        var start = offset - 1
        while start > 0, utf8[start] & 0xC0 == 0x80 {
            start -= 1
        }
        return isWordCharacter(at: start, in: utf8)
    }

    /// A letter, digit or combining mark starts at the offset: ASCII by table, the rest by the scalar's
    /// Unicode properties.
    private static func isWordCharacter(at offset: Int, in utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard offset < utf8.count else { return false }
        let lead = utf8[offset]
        if lead < 0x80 {
            return (lead >= 0x30 && lead <= 0x39) || ((lead | 0x20) >= 0x61 && (lead | 0x20) <= 0x7A)
        }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, offset + length <= utf8.count else { return false }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for next in (offset + 1)..<(offset + length) {
            value = value << 6 | UInt32(utf8[next] & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            || scalar.properties.generalCategory == .nonspacingMark
    }

    /// A key with every ' (U+0027) written as ’ (U+2019).
    private static func withTypographicApostrophes(_ key: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(key.count + 4)
        for byte in key {
            if byte == 0x27 {
                result += [0xE2, 0x80, 0x99]
            } else {
                result.append(byte)
            }
        }
        return result
    }

    /// One hiragana or katakana character (three UTF-8 bytes in U+3040–U+30FF).
    private static func isSingleKana(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        key.count == 3 && key[0] == 0xE3 && (key[1] == 0x81 || key[1] == 0x82 || key[1] == 0x83)
    }

    /// Two to five capital ASCII letters or digits, with at least one letter.
    private static func isAcronym(_ form: UnsafeBufferPointer<UInt8>) -> Bool {
        (2...5).contains(form.count)
            && form.allSatisfy { (0x41...0x5A).contains($0) || (0x30...0x39).contains($0) }
            && form.contains { (0x41...0x5A).contains($0) }
    }

    private static func range(_ text: String, _ range: Range<Int>) -> Range<String.Index> {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return start..<utf8.index(start, offsetBy: range.count)
    }
}
