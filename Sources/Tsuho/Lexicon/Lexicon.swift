import Dispatch
import Foundation
internal import Synchronization

/// The multilingual disaster dictionary: languages, concepts and every concept's forms in every
/// language, with their review status. Immutable and `Sendable`: load it once and share it.
///
/// ```swift
/// let lexicon = try Lexicon.bundled()
/// let results = try lexicon.lookup("hinanjo", to: ["ja", "vi"])
/// results.first?.concept.id          // "evacuation-shelter"
/// results.first?.match               // .romaji
/// try lexicon.terms(for: "evacuation-shelter", in: "vi").forms  // ["nơi lánh nạn", …]
/// ```
///
/// Lexicon is Tsuho's name for a dictionary, because Swift already has `Dictionary`.
public struct Lexicon: Sendable {
    /// The data version.
    public let version: String
    /// The languages, in the order of `languages.tsv`.
    public let languages: [Language]
    /// The concepts, in the order of `concepts.tsv`.
    public let concepts: [Concept]
    /// Warnings, and in lenient mode the errors of the rows that were left out.
    public let diagnostics: [Diagnostic]

    let conceptPositions: [String: Int]
    let languagePositions: [LanguageCode: Int]
    /// Every cell; ``entry(_:_:)`` reads one.
    let cells: EntryTable
    let index: SearchIndex

    /// Parses dictionary files.
    ///
    /// - Parameters:
    ///   - files: The files of a `Dictionaries/` folder.
    ///   - mode: ``LoadingMode/strict`` refuses data with any error; ``LoadingMode/lenient`` keeps every
    ///     good row and reports the rest in ``diagnostics``.
    /// - Throws: ``LexiconError`` with code ``LexiconError/Code/malformedData`` listing every error.
    public init(files: DictionaryFiles, mode: LoadingMode = .strict) throws {
        var parser = DictionaryParser(files: files, keepsTables: false)
        parser.parseLanguages()
        parser.checkExtraFiles()
        // concepts.tsv and every language file are parsed and indexed at once, on every core, the largest
        // first so the cores finish together. Language files find their concepts through the ids of the
        // concept file's first column; if the full parse of the concept file drops a row (lenient mode),
        // they are parsed again with the right positions.
        let parsedLanguages = parser.languages
        let quickIDs = DictionaryParser.quickConceptIDs(files)
        let quickTable = DictionaryParser.idTable(quickIDs)
        func workSize(_ language: Language) -> Int {
            // Japanese reads concepts.tsv, twice the work of a language file of its size.
            let name = language.code == .japanese ? DictionaryFiles.conceptsFile : language.code.rawValue + ".tsv"
            return (files.files[name]?.count ?? 0) * (language.code == .japanese ? 2 : 1)
        }
        let order = parsedLanguages.indices.sorted { workSize(parsedLanguages[$0]) > workSize(parsedLanguages[$1]) }
        let conceptParser = Mutex<DictionaryParser?>(nil)
        var results = Self.loadLanguages(
            parsedLanguages, order: order, files: files, conceptIDs: quickTable, conceptCount: quickIDs.count
        ) {
            var concepts = DictionaryParser(files: files, keepsTables: false)
            concepts.parseConcepts()
            conceptParser.withLock { $0 = concepts }
            return concepts.concepts
        }
        guard let parsedConcepts = conceptParser.withLock({ $0 }) else {
            throw LexiconError.conflict("The language list has no row for ja, so concepts.tsv was not read.")
        }
        parser.adoptConcepts(from: parsedConcepts)
        let concepts = parser.concepts
        if concepts.map(\.id) != quickIDs {
            results = Self.loadLanguages(
                parsedLanguages, order: order, files: files, conceptIDs: parser.conceptIDs,
                conceptCount: concepts.count
            ) { concepts }
        }
        for (language, result) in zip(parsedLanguages, results) {
            if let file = result {
                parser.add(file, for: language.code)
            }
        }
        let errors = parser.diagnostics.filter { $0.severity == .error }
        if mode == .strict, !errors.isEmpty {
            throw LexiconError.malformed(parser.diagnostics)
        }
        version = files.version
        languages = parsedLanguages
        self.concepts = concepts
        diagnostics = parser.diagnostics
        conceptPositions = Dictionary(uniqueKeysWithValues: concepts.enumerated().map { ($1.id, $0) })
        languagePositions = Dictionary(uniqueKeysWithValues: languages.enumerated().map { ($1.code, $0) })
        cells = EntryTable(
            concepts: concepts,
            columns: parsedLanguages.map { language in
                language.code == .japanese
                    ? nil
                    : parser.columns[language.code]
                        ?? LanguageColumn(entries: [TermEntry?](repeating: nil, count: concepts.count))
            })
        index = SearchIndex(deferred: DeferredTables(languages: languages, cells: cells))
    }

    /// Parses every language on every core. The Japanese task runs `concepts`, which parses
    /// `concepts.tsv` (Japanese forms and readings live there). Lookup tables are built on first use.
    private static func loadLanguages(
        _ languages: [Language], order: [Int], files: DictionaryFiles, conceptIDs: FlatIndex, conceptCount: Int,
        concepts: @escaping @Sendable () -> [Concept]
    ) -> [DictionaryParser.LanguageFileResult?] {
        let loaded = Mutex([DictionaryParser.LanguageFileResult?](repeating: nil, count: languages.count))
        DispatchQueue.concurrentPerform(iterations: order.count) { iteration in
            let position = order[iteration]
            let language = languages[position]
            guard language.code != .japanese else {
                _ = concepts()
                return
            }
            let result = DictionaryParser.parseLanguageFile(
                code: language.code, files: files, conceptIDs: conceptIDs, conceptCount: conceptCount,
                keepsTable: false)
            loaded.withLock { $0[position] = result }
        }
        return loaded.withLock { $0 }
    }

    /// Loads the dictionary from a data location.
    ///
    /// - Parameters:
    ///   - location: The bundled data or a maintainer's folder.
    ///   - mode: How to treat malformed rows.
    /// - Throws: ``DataError`` when files cannot be read, ``LexiconError`` when they are malformed.
    public init(location: DataLocation, mode: LoadingMode = .strict) throws {
        try self.init(files: DictionaryFiles(location: location), mode: mode)
    }

    /// Loads the dictionary bundled with the package.
    ///
    /// - Returns: The bundled dictionary.
    /// - Throws: ``DataError`` when the bundle is missing, ``LexiconError`` when its files are malformed.
    public static func bundled() throws -> Lexicon {
        try Lexicon(location: DataLocation.bundled())
    }

    /// The cell of a concept in a language, by position, or `nil` when the language file has no row.
    func entry(_ languagePosition: Int, _ conceptPosition: Int) -> TermEntry? {
        cells.entry(languagePosition, conceptPosition)
    }

    /// Builds the lookup tables that are otherwise built on first use (each language's forms, romaji from the readings,
    /// Traditional/Simplified Chinese, typo candidates), so no later lookup waits: call it once when a
    /// server starts.
    ///
    /// - Throws: ``TextError`` only if ICU itself fails.
    public func prepareAllIndexes() throws {
        _ = try index.deferred.formTables()
        _ = try index.deferred.romaji()
        _ = try index.deferred.simplified()
        _ = try index.deferred.typoCandidates()
    }

    /// The concept with an id.
    ///
    /// - Parameter id: A concept id.
    /// - Returns: The concept.
    /// - Throws: ``LexiconError`` with code ``LexiconError/Code/unknownConcept``.
    public func concept(id: String) throws -> Concept {
        guard let position = conceptPositions[id] else { throw LexiconError.unknownConcept(id) }
        return concepts[position]
    }

    /// The language with a tag.
    ///
    /// - Parameter code: A language tag.
    /// - Returns: The language.
    /// - Throws: ``LexiconError`` with code ``LexiconError/Code/unknownLanguage``.
    public func language(_ code: LanguageCode) throws -> Language {
        guard let position = languagePositions[code] else { throw LexiconError.unknownLanguage(code) }
        return languages[position]
    }

    /// The forms of a concept in a language, with their review status.
    ///
    /// - Parameters:
    ///   - conceptID: A concept id.
    ///   - language: A language of the dictionary; `ja` gives the Japanese forms of `concepts.tsv`.
    /// - Returns: The entry; with no forms when the language has none for the concept yet.
    /// - Throws: ``LexiconError`` for an unknown concept or language.
    public func terms(for conceptID: String, in language: LanguageCode) throws -> TermEntry {
        guard let conceptPosition = conceptPositions[conceptID] else { throw LexiconError.unknownConcept(conceptID) }
        guard let languagePosition = languagePositions[language] else { throw LexiconError.unknownLanguage(language) }
        return cells.entry(languagePosition, conceptPosition) ?? TermEntry(forms: [], status: .draft)
    }
}
