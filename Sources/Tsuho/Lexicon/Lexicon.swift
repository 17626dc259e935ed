import Foundation

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
    /// Entries by language position, then concept position; `nil` where a language file has no row.
    let entries: [[TermEntry?]]
    let index: SearchIndex

    /// Parses dictionary files.
    ///
    /// - Parameters:
    ///   - files: The files of a `Dictionaries/` folder.
    ///   - mode: ``LoadingMode/strict`` refuses data with any error; ``LoadingMode/lenient`` keeps every
    ///     good row and reports the rest in ``diagnostics``.
    /// - Throws: ``LexiconError`` with code ``LexiconError/Code/malformedData`` listing every error.
    public init(files: DictionaryFiles, mode: LoadingMode = .strict) throws {
        var parser = DictionaryParser(files: files)
        parser.parse()
        let errors = parser.diagnostics.filter { $0.severity == .error }
        if mode == .strict, !errors.isEmpty {
            throw LexiconError.malformed(parser.diagnostics)
        }
        version = files.version
        languages = parser.languages
        concepts = parser.concepts
        diagnostics = parser.diagnostics
        conceptPositions = Dictionary(uniqueKeysWithValues: concepts.enumerated().map { ($1.id, $0) })
        languagePositions = Dictionary(uniqueKeysWithValues: languages.enumerated().map { ($1.code, $0) })
        entries = languages.map { language in
            if language.code == .japanese {
                return parser.concepts.map { $0.japanese }
            }
            return parser.entries[language.code] ?? [TermEntry?](repeating: nil, count: parser.concepts.count)
        }
        index = try SearchIndex(languages: languages, concepts: concepts, entries: entries)
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

    /// Builds the lookup tables that are otherwise built on first use (romaji from the readings, and
    /// Traditional/Simplified Chinese), so no later lookup waits for ICU: call it once when a server starts.
    ///
    /// - Throws: ``TextError`` only if ICU itself fails.
    public func prepareAllIndexes() throws {
        _ = try index.transliterated.romaji()
        _ = try index.transliterated.simplified()
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
        return entries[languagePosition][conceptPosition] ?? TermEntry(forms: [], status: .draft)
    }
}
