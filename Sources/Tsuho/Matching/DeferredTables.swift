import Dispatch
internal import Synchronization
internal import TsuhoText

/// The lookup tables, built on the first lookup that needs each, once, under a lock: the folded and
/// diacritic-free forms of each language, romaji keys of the Japanese readings (ICU's Hiragana-Latin, whose compilation alone
/// takes longer than loading the dictionary), Traditional-to-Simplified keys of Chinese and Japanese
/// forms (ICU's Traditional-Simplified), and the typo candidates of alphabetic languages (used only when
/// nothing better matched). ``Lexicon/prepareAllIndexes()`` builds them all up front for a server.
final class DeferredTables: Sendable {
    struct Romaji: Sendable {
        var keys: FlatIndex
        var typoCandidates: TypoCandidates
    }

    private let languages: [Language]
    private let cells: EntryTable
    private let languageTables = Mutex<[SearchIndex.LanguageTables]?>(nil)
    private let romajiTable = Mutex<Romaji?>(nil)
    private let simplifiedTable = Mutex<FlatIndex?>(nil)
    private let typoTable = Mutex<[TypoCandidates]?>(nil)

    init(languages: [Language], cells: EntryTable) {
        self.languages = languages
        self.cells = cells
    }

    /// The folded and diacritic-free tables of every language (by position), built on first use, the
    /// languages in parallel. Translating reports never needs them; dictionary lookups do.
    func formTables() throws -> [SearchIndex.LanguageTables] {
        try languageTables.withLock { table in
            if let table { return table }
            let built = Mutex([Result<SearchIndex.LanguageTables, any Error>?](repeating: nil, count: languages.count))
            let (languages, cells) = (languages, cells)
            DispatchQueue.concurrentPerform(iterations: languages.count) { position in
                let result = Result {
                    try SearchIndex.tables(
                        for: languages[position], at: position, column: cells.columns[position],
                        concepts: cells.columns[position] == nil ? cells.concepts : [])
                }
                built.withLock { $0[position] = result }
            }
            let tables = try built.withLock { $0 }.map { try $0?.get() ?? SearchIndex.LanguageTables() }
            table = tables
            return tables
        }
    }

    /// The romaji table, built on first use.
    func romaji() throws -> Romaji {
        try romajiTable.withLock { table in
            if let table { return table }
            let built = try buildRomaji()
            table = built
            return built
        }
    }

    /// The Traditional/Simplified table, built on first use.
    func simplified() throws -> FlatIndex {
        try simplifiedTable.withLock { table in
            if let table { return table }
            let built = try buildSimplified()
            table = built
            return built
        }
    }

    /// The typo candidates of each language (by position), built on first use.
    func typoCandidates() throws -> [TypoCandidates] {
        try typoTable.withLock { table in
            if let table { return table }
            let built = try languages.indices.map { position in try buildTypoCandidates(position) }
            table = built
            return built
        }
    }

    /// Latin forms without diacritics and Cyrillic forms folded, as scalars.
    private func buildTypoCandidates(_ position: Int) throws -> TypoCandidates {
        var candidates = TypoCandidates()
        let language = languages[position]
        guard language.isAlphabetic else { return candidates }
        let (forms, postings) = cells.forms(of: position)
        let folder = language.usesLatinScript ? SearchIndex.plainKey : SearchIndex.foldKey
        try SearchIndex.batch(forms, folder) { index, key in
            candidates.add(key, postings[index])
        }
        return candidates
    }

    /// Romanizes every reading with ICU's Hiragana-Latin and keys it with ``RomajiKey``.
    private func buildRomaji() throws -> Romaji {
        var keys = FlatIndex.KeyCollector()
        var typos = TypoCandidates()
        guard let japanese = languages.firstIndex(where: { $0.code == .japanese }) else {
            return Romaji(keys: FlatIndex(keys), typoCandidates: typos)
        }
        let (readings, postings) = SearchIndex.readings(of: cells.concepts, languageIndex: japanese)
        // ICU edits a text in place, so one huge text costs more than many small ones: romanize in chunks.
        let transliterator = try Transliterator.cached(id: "Hiragana-Latin")
        var latin: [String] = []
        latin.reserveCapacity(readings.count)
        for start in stride(from: 0, to: readings.count, by: 32) {
            let chunk = readings[start..<min(start + 32, readings.count)].joined(separator: "\n")
            latin += try transliterator.transliterate(chunk).split(separator: "\n", omittingEmptySubsequences: false)
                .map(String.init)
        }
        guard latin.count == readings.count else {
            throw LexiconError.conflict("Romanizing the readings changed their number; a reading contains a newline.")
        }
        try SearchIndex.batch(latin, SearchIndex.plainKey) { index, plain in
            guard let key = RomajiKey.key(ofFoldedLatin: String(decoding: plain, as: UTF8.self)) else { return }
            keys.add(key.utf8, postings[index])
            typos.add(key.utf8, postings[index])
        }
        return Romaji(keys: FlatIndex(keys), typoCandidates: typos)
    }

    /// Folds the forms of languages written with Han characters with Traditional to Simplified.
    private func buildSimplified() throws -> FlatIndex {
        var keys = FlatIndex.KeyCollector()
        for (languageIndex, language) in languages.enumerated()
        where ["Hans", "Hant", "Hani", "Jpan"].contains(language.script) {
            let (forms, postings) = cells.forms(of: languageIndex)
            try SearchIndex.batch(forms, SearchIndex.simplifiedKey) { index, key in
                keys.add(key, postings[index])
            }
        }
        return FlatIndex(keys)
    }
}
