import Dispatch
internal import Synchronization
internal import TsuhoText

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The lookup tables of a ``Lexicon``, one set per language and way of matching, built on the first
/// lookup, languages in parallel.
///
/// A language's forms are joined by newlines, folded in one call and split straight into flat tables.
/// The two tables that need an ICU transliterator (romaji from the readings, and Traditional to
/// Simplified Chinese) are built on the first lookup that needs them, once, because compiling ICU's
/// transforms costs more than loading everything else.
struct SearchIndex: Sendable {
    /// The tables of one language.
    /// There is no table for exact matches: a form equal to the query folds to the query's key, so the
    /// folded table finds it, and the lookup tells exact from folded by comparing the form.
    struct LanguageTables: Sendable {
        var folded = FlatIndex()
        var plain = FlatIndex()
    }

    /// The tables, built on first use.
    let deferred: DeferredTables

    static let foldKey = TextFolder(options: .searchKey)
    static let plainKey = TextFolder(options: [.caseFold, .width, .kana, .diacritics])
    static let simplifiedKey = TextFolder(options: [.caseFold, .width, .kana, .simplifiedChinese])

    /// Builds the tables of one language from its column (or, for Japanese, from the concepts).
    static func tables(
        for language: Language, at position: Int, column: LanguageColumn?, concepts: [Concept]
    ) throws -> LanguageTables {
        var joined: [UInt8] = []
        var postings: [Posting] = []
        joined.reserveCapacity(80_000)
        postings.reserveCapacity(2 * concepts.count)
        EntryTable.forEachForm(column: column, concepts: concepts) { concept, form, bytes in
            let posting = Posting(concept: Int32(concept), language: Int32(position), form: Int32(form))
            if !postings.isEmpty {
                joined.append(0x0A)
            }
            joined.append(contentsOf: bytes)
            postings.append(posting)
        }
        var tables = LanguageTables()
        guard !postings.isEmpty else { return tables }
        let text = String(decoding: joined, as: UTF8.self)
        // Forms written in plain ASCII fold to the same key with or without diacritic removal, so only the
        // others need a diacritic-insensitive key.
        let latin = language.usesLatinScript
        var foldedKeys = FlatIndex.KeyCollector(expectedKeys: postings.count, expectedBytes: joined.count)
        var accented: [Int] = []
        try batch(text, count: postings.count, foldKey) { index, key in
            foldedKeys.add(key, postings[index])
            if latin, !Self.isASCII(key) {
                accented.append(index)
            }
        }
        if language.code == .japanese {
            // A reading written in kana is another way to write the word: ひなんじょ finds 避難所.
            let (readings, readingPostings) = readings(of: concepts, languageIndex: position)
            try batch(readings.joined(separator: "\n"), count: readings.count, foldKey) { index, key in
                foldedKeys.add(key, readingPostings[index])
            }
        }
        tables.folded = FlatIndex(foldedKeys)
        if !accented.isEmpty {
            let forms = joined.split(separator: 0x0A, omittingEmptySubsequences: false)
            var plainKeys = FlatIndex.KeyCollector(expectedKeys: accented.count, expectedBytes: joined.count / 2)
            var accentedBytes: [UInt8] = []
            accentedBytes.reserveCapacity(joined.count)
            for (position, index) in accented.enumerated() {
                if position > 0 { accentedBytes.append(0x0A) }
                accentedBytes.append(contentsOf: forms[index])
            }
            let accentedText = String(decoding: accentedBytes, as: UTF8.self)
            try batch(accentedText, count: accented.count, plainKey) { index, key in
                let posting = postings[accented[index]]
                plainKeys.add(key, posting)
            }
            tables.plain = FlatIndex(plainKeys)
        }
        return tables
    }

    /// True when every byte is ASCII; eight bytes at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            while index + 8 <= bytes.count {
                if base.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 {
                    return false
                }
                index += 8
            }
        }
        while index < bytes.count {
            if bytes[index] >= 0x80 { return false }
            index += 1
        }
        return true
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

    /// Folds newline-separated texts in one call and hands each folded key to `body` as bytes: the texts
    /// never hold a newline, and folding keeps newlines, so the result splits back into one key per text.
    static func batch(
        _ joined: String, count: Int, _ folder: TextFolder, _ body: (Int, UnsafeBufferPointer<UInt8>) throws -> Void
    ) throws {
        let folded = try folder.keyUTF8(joined)
        var ends: [Int] = []
        ends.reserveCapacity(count)
        folded.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return }
            var start = 0
            while start < bytes.count, let found = memchr(base + start, 0x0A, bytes.count - start) {
                let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                ends.append(end)
                start = end + 1
            }
        }
        ends.append(folded.count)
        guard ends.count == count else {
            // A text whose folding added or removed a newline cannot happen; fold one by one instead.
            for (index, text) in joined.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let key = try folder.keyUTF8(String(text))
                try key.withUnsafeBufferPointer { try body(index, $0) }
            }
            return
        }
        try folded.withUnsafeBufferPointer { bytes in
            var start = 0
            for (index, end) in ends.enumerated() {
                try body(index, UnsafeBufferPointer(rebasing: bytes[start..<end]))
                start = end + 1
            }
        }
    }

    /// Folds texts (without newlines) in one call, as ``batch(_:count:_:_:)``.
    static func batch(
        _ texts: [String], _ folder: TextFolder, _ body: (Int, UnsafeBufferPointer<UInt8>) throws -> Void
    ) throws {
        try batch(texts.joined(separator: "\n"), count: texts.count, folder, body)
    }
}
