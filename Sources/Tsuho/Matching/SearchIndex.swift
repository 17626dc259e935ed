internal import TsuhoText

/// The lookup tables of a ``Lexicon``, one per way of matching, built once when the lexicon loads.
///
/// Forms are folded in batches (all forms of a language joined by newlines, folded in one call, then
/// split), and readings are romanized by ICU in one call, which keeps loading fast.
struct SearchIndex: Sendable {
    var exact: [SearchKey: [Posting]] = [:]
    var folded: [SearchKey: [Posting]] = [:]
    var plain: [SearchKey: [Posting]] = [:]
    var simplified: [SearchKey: [Posting]] = [:]
    var romaji: [SearchKey: [Posting]] = [:]
    /// Alphabetic keys by length in scalars.
    var typoCandidates: [Int: [TypoCandidate]] = [:]

    static let foldKey = TextFolder(options: .searchKey)
    static let plainKey = TextFolder(options: [.caseFold, .width, .kana, .diacritics])
    static let simplifiedKey = TextFolder(options: [.caseFold, .width, .kana, .simplifiedChinese])

    init(languages: [Language], concepts: [Concept], entries: [[TermEntry?]]) throws {
        let formCount = entries.reduce(0) { $0 + $1.reduce(0) { $0 + ($1?.forms.count ?? 0) } }
        exact.reserveCapacity(formCount)
        folded.reserveCapacity(formCount)
        plain.reserveCapacity(formCount / 2)
        for (languageIndex, language) in languages.enumerated() {
            var forms: [String] = []
            var postings: [Posting] = []
            for (conceptIndex, entry) in entries[languageIndex].enumerated() {
                guard let entry else { continue }
                for (formIndex, form) in entry.forms.enumerated() {
                    forms.append(form)
                    postings.append(
                        Posting(concept: Int32(conceptIndex), language: Int32(languageIndex), form: Int32(formIndex)))
                }
            }
            guard !forms.isEmpty else { continue }
            for (form, posting) in zip(forms, postings) {
                exact[SearchKey(form), default: []].append(posting)
            }
            let foldedKeys = try Self.batch(forms, Self.foldKey)
            for (key, posting) in zip(foldedKeys, postings) {
                folded[SearchKey(key), default: []].append(posting)
            }
            if language.usesLatinScript {
                let plainKeys = try Self.batch(forms, Self.plainKey)
                for (key, posting) in zip(plainKeys, postings) {
                    plain[SearchKey(key), default: []].append(posting)
                    addTypoCandidate(key, posting)
                }
            } else if language.isAlphabetic {
                for (key, posting) in zip(foldedKeys, postings) {
                    addTypoCandidate(key, posting)
                }
            }
            if ["Hans", "Hant", "Hani", "Jpan"].contains(language.script) {
                let simplifiedKeys = try Self.batch(forms, Self.simplifiedKey)
                for (key, posting) in zip(simplifiedKeys, postings) {
                    simplified[SearchKey(key), default: []].append(posting)
                }
            }
        }
        if let japanese = languages.firstIndex(where: { $0.code == .japanese }) {
            try indexReadings(concepts: concepts, languageIndex: japanese)
        }
    }

    /// Indexes every reading as kana and, romanized with ICU's Hiragana-Latin in one call, by its romaji
    /// key.
    private mutating func indexReadings(concepts: [Concept], languageIndex: Int) throws {
        var readings: [String] = []
        var postings: [Posting] = []
        for (conceptIndex, concept) in concepts.enumerated() {
            for (formIndex, reading) in concept.readings.enumerated() {
                readings.append(reading)
                postings.append(
                    Posting(concept: Int32(conceptIndex), language: Int32(languageIndex), form: Int32(formIndex)))
            }
        }
        guard !readings.isEmpty else { return }
        // A reading written in kana is another way to write the word: ひなんじょ finds 避難所.
        for (key, posting) in zip(try Self.batch(readings, Self.foldKey), postings) {
            folded[SearchKey(key), default: []].append(posting)
        }
        // ICU edits a text in place, so one huge text costs more than many small ones: romanize in chunks.
        let transliterator = try Transliterator.cached(id: "Hiragana-Latin")
        var latin: [String] = []
        latin.reserveCapacity(readings.count)
        for start in stride(from: 0, to: readings.count, by: 32) {
            let chunk = readings[start..<min(start + 32, readings.count)].joined(separator: "\n")
            latin += try Self.batch(
                try transliterator.transliterate(chunk).split(separator: "\n", omittingEmptySubsequences: false)
                    .map(String.init), Self.plainKey)
        }
        guard latin.count == readings.count else {
            throw LexiconError.conflict("Romanizing the readings changed their number; a reading contains a newline.")
        }
        for (romanized, posting) in zip(latin, postings) {
            guard let key = RomajiKey.key(ofFoldedLatin: romanized) else { continue }
            romaji[SearchKey(key), default: []].append(posting)
            addTypoCandidate(key, posting)
        }
    }

    private mutating func addTypoCandidate(_ key: String, _ posting: Posting) {
        let scalars = key.unicodeScalars.map(\.value)
        guard scalars.count >= 3, scalars.count <= 64 else { return }
        typoCandidates[scalars.count, default: []].append(TypoCandidate(scalars: scalars, posting: posting))
    }

    /// Folds many forms in one call: forms never contain a newline, and folding keeps newlines.
    static func batch(_ forms: [String], _ folder: TextFolder) throws -> [String] {
        let folded = try folder.fold(forms.joined(separator: "\n"))
        let keys = folded.foldedUTF8.split(separator: 0x0A, omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
        guard keys.count == forms.count else {
            // A form whose folding removed or added a newline cannot happen; fold one by one instead.
            return try forms.map { try folder.key($0) }
        }
        return keys
    }
}
