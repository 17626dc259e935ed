internal import TsuhoText

/// The lookup tables of a ``Lexicon``, one per way of matching, built once when the lexicon loads.
///
/// Forms are folded in batches (all forms of a language joined by newlines, folded in one call, then
/// split) straight into flat tables. The two tables that need an ICU transliterator (romaji from the
/// readings, and Traditional to Simplified Chinese) are built on the first lookup that needs them, once,
/// because compiling ICU's transforms costs more than loading everything else.
struct SearchIndex: Sendable {
    let exact: FlatIndex
    let folded: FlatIndex
    let plain: FlatIndex
    /// Alphabetic keys (Latin without diacritics, Cyrillic folded) for typo-tolerant lookup.
    let typoCandidates: TypoCandidates
    /// The romaji and Traditional/Simplified tables, built on first use.
    let transliterated: TransliteratedTables

    static let foldKey = TextFolder(options: .searchKey)
    static let plainKey = TextFolder(options: [.caseFold, .width, .kana, .diacritics])
    static let simplifiedKey = TextFolder(options: [.caseFold, .width, .kana, .simplifiedChinese])

    init(languages: [Language], concepts: [Concept], entries: [[TermEntry?]]) throws {
        transliterated = TransliteratedTables(languages: languages, concepts: concepts, entries: entries)
        let formCount = entries.reduce(0) { $0 + $1.reduce(0) { $0 + ($1?.forms.count ?? 0) } }
        var exactKeys = FlatIndex.KeyCollector(expectedKeys: formCount, expectedBytes: formCount * 24)
        var foldedKeys = FlatIndex.KeyCollector(expectedKeys: formCount, expectedBytes: formCount * 24)
        var plainKeys = FlatIndex.KeyCollector(expectedKeys: formCount / 2, expectedBytes: formCount * 12)
        var typos = TypoCandidates()
        for (languageIndex, language) in languages.enumerated() {
            let (forms, postings) = Self.forms(of: entries[languageIndex], languageIndex: languageIndex)
            guard !forms.isEmpty else { continue }
            for (form, posting) in zip(forms, postings) {
                exactKeys.add(form.utf8, posting)
            }
            let addTypos = language.isAlphabetic && !language.usesLatinScript
            try Self.batch(forms, Self.foldKey) { index, key in
                foldedKeys.add(key, postings[index])
                if addTypos { typos.add(key, postings[index]) }
            }
            if language.usesLatinScript {
                try Self.batch(forms, Self.plainKey) { index, key in
                    plainKeys.add(key, postings[index])
                    typos.add(key, postings[index])
                }
            }
            if language.code == .japanese {
                // A reading written in kana is another way to write the word: ひなんじょ finds 避難所.
                let (readings, readingPostings) = Self.readings(of: concepts, languageIndex: languageIndex)
                try Self.batch(readings, Self.foldKey) { index, key in
                    foldedKeys.add(key, readingPostings[index])
                }
            }
        }
        exact = FlatIndex(exactKeys)
        folded = FlatIndex(foldedKeys)
        plain = FlatIndex(plainKeys)
        typoCandidates = typos
    }

    /// Every form of a language's entries with its posting.
    static func forms(of entries: [TermEntry?], languageIndex: Int) -> ([String], [Posting]) {
        var forms: [String] = []
        var postings: [Posting] = []
        for (conceptIndex, entry) in entries.enumerated() {
            guard let entry else { continue }
            for (formIndex, form) in entry.forms.enumerated() {
                forms.append(form)
                postings.append(
                    Posting(concept: Int32(conceptIndex), language: Int32(languageIndex), form: Int32(formIndex)))
            }
        }
        return (forms, postings)
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

    /// Folds many texts in one call and hands each folded key to `body` as bytes: the texts never hold a
    /// newline, and folding keeps newlines, so the joined result splits back into one key per text.
    static func batch(
        _ texts: [String], _ folder: TextFolder, _ body: (Int, UnsafeBufferPointer<UInt8>) throws -> Void
    ) throws {
        let folded = try folder.keyUTF8(texts.joined(separator: "\n"))
        let pieces = folded.withUnsafeBufferPointer { bytes in
            bytes.split(separator: 0x0A, omittingEmptySubsequences: false).count
        }
        guard pieces == texts.count else {
            // A text whose folding added or removed a newline cannot happen; fold one by one instead.
            for (index, text) in texts.enumerated() {
                let key = try folder.keyUTF8(text)
                try key.withUnsafeBufferPointer { try body(index, $0) }
            }
            return
        }
        try folded.withUnsafeBufferPointer { bytes in
            var index = 0
            var start = 0
            for position in 0...bytes.count where position == bytes.count || bytes[position] == 0x0A {
                try body(index, UnsafeBufferPointer(rebasing: bytes[start..<position]))
                index += 1
                start = position + 1
            }
        }
    }
}
