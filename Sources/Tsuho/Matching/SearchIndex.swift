internal import Synchronization
internal import TsuhoText

/// The lookup tables of a ``Lexicon``, one per way of matching, built once when the lexicon loads.
///
/// Forms are folded in batches (all forms of a language joined by newlines, folded in one call, then
/// split). The two tables that need an ICU transliterator (romaji from the readings, and Traditional to
/// Simplified Chinese) are built on the first lookup that needs them, once, because compiling ICU's
/// transforms costs more than loading everything else.
struct SearchIndex: Sendable {
    var exact: [SearchKey: PostingList] = [:]
    var folded: [SearchKey: PostingList] = [:]
    var plain: [SearchKey: PostingList] = [:]
    /// Alphabetic keys by length in scalars.
    var typoCandidates: [Int: [TypoCandidate]] = [:]
    /// The romaji and Traditional/Simplified tables, built on first use.
    let transliterated: TransliteratedTables

    static let foldKey = TextFolder(options: .searchKey)
    static let plainKey = TextFolder(options: [.caseFold, .width, .kana, .diacritics])
    static let simplifiedKey = TextFolder(options: [.caseFold, .width, .kana, .simplifiedChinese])

    init(languages: [Language], concepts: [Concept], entries: [[TermEntry?]]) throws {
        let formCount = entries.reduce(0) { $0 + $1.reduce(0) { $0 + ($1?.forms.count ?? 0) } }
        transliterated = TransliteratedTables(languages: languages, concepts: concepts, entries: entries)
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
                exact.add(posting, for: form)
            }
            let foldedKeys = try Self.batch(forms, Self.foldKey)
            for (key, posting) in zip(foldedKeys, postings) {
                folded.add(posting, for: key)
            }
            if language.usesLatinScript {
                let plainKeys = try Self.batch(forms, Self.plainKey)
                for (key, posting) in zip(plainKeys, postings) {
                    plain.add(posting, for: key)
                    addTypoCandidate(key, posting)
                }
            } else if language.isAlphabetic {
                for (key, posting) in zip(foldedKeys, postings) {
                    addTypoCandidate(key, posting)
                }
            }
        }
        if let japanese = languages.firstIndex(where: { $0.code == .japanese }) {
            try indexReadingsAsKana(concepts: concepts, languageIndex: japanese)
        }
    }

    /// Indexes every reading as kana: ひなんじょ finds 避難所.
    private mutating func indexReadingsAsKana(concepts: [Concept], languageIndex: Int) throws {
        let (readings, postings) = Self.readings(of: concepts, languageIndex: languageIndex)
        guard !readings.isEmpty else { return }
        for (key, posting) in zip(try Self.batch(readings, Self.foldKey), postings) {
            folded.add(posting, for: key)
        }
    }

    /// Every reading with the posting of the Japanese form it reads.
    static func readings(of concepts: [Concept], languageIndex: Int) -> ([String], [Posting]) {
        var readings: [String] = []
        var postings: [Posting] = []
        for (conceptIndex, concept) in concepts.enumerated() {
            for (formIndex, reading) in concept.readings.enumerated() {
                readings.append(reading)
                postings.append(
                    Posting(concept: Int32(conceptIndex), language: Int32(languageIndex), form: Int32(formIndex)))
            }
        }
        return (readings, postings)
    }

    private mutating func addTypoCandidate(_ key: String, _ posting: Posting) {
        Self.addTypoCandidate(key, posting, to: &typoCandidates)
    }

    static func addTypoCandidate(_ key: String, _ posting: Posting, to candidates: inout [Int: [TypoCandidate]]) {
        let scalars = key.unicodeScalars.map(\.value)
        guard scalars.count >= 3, scalars.count <= 64 else { return }
        candidates[scalars.count, default: []].append(TypoCandidate(scalars: scalars, posting: posting))
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
