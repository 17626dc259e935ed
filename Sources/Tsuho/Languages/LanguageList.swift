import Foundation

/// The language list alone (`Dictionaries/languages.tsv`), for code that needs languages and their relay
/// languages but not the whole dictionary, such as interpreter routing.
///
/// ```swift
/// let languages = try LanguageList(location: DataLocation.bundled())
/// languages.relayLanguages(of: "ne")   // ["en"]
/// ```
public struct LanguageList: Sendable, Hashable {
    /// The languages, in the order of `languages.tsv`.
    public let languages: [Language]
    /// Warnings, and in lenient mode the errors of the rows that were left out.
    public let diagnostics: [Diagnostic]

    private let positions: [LanguageCode: Int]

    /// Creates a list from languages already parsed.
    ///
    /// - Parameter languages: The languages; a later duplicate of a tag is ignored.
    public init(_ languages: [Language]) {
        self.init(languages, diagnostics: [])
    }

    private init(_ languages: [Language], diagnostics: [Diagnostic]) {
        var positions: [LanguageCode: Int] = [:]
        var kept: [Language] = []
        for language in languages where positions[language.code] == nil {
            positions[language.code] = kept.count
            kept.append(language)
        }
        self.languages = kept
        self.positions = positions
        self.diagnostics = diagnostics
    }

    /// Parses the bytes of a `languages.tsv` file with the dictionary's own parser and checks.
    ///
    /// - Parameters:
    ///   - bytes: The file's bytes.
    ///   - folderName: How diagnostics name the folder ("Dictionaries").
    ///   - mode: ``LoadingMode/strict`` refuses a file with any error; ``LoadingMode/lenient`` keeps every
    ///     good row and reports the rest in ``diagnostics``.
    /// - Throws: ``LexiconError`` with code ``LexiconError/Code/malformedData`` listing every error.
    public init(bytes: [UInt8], folderName: String = "Dictionaries", mode: LoadingMode = .strict) throws {
        var parser = DictionaryParser(
            files: DictionaryFiles(files: [DictionaryFiles.languagesFile: bytes], folderName: folderName),
            keepsTables: false)
        parser.parseLanguages()
        let errors = parser.diagnostics.filter { $0.severity == .error }
        if mode == .strict, !errors.isEmpty {
            throw LexiconError.malformed(parser.diagnostics)
        }
        self.init(parser.languages, diagnostics: parser.diagnostics)
    }

    /// Reads `languages.tsv` from a data location.
    ///
    /// - Parameters:
    ///   - location: The data location.
    ///   - mode: How to treat malformed rows.
    /// - Throws: ``DataError`` when the file cannot be read; ``LexiconError`` when it is malformed.
    public init(location: DataLocation, mode: LoadingMode = .strict) throws {
        let url = location.dictionaries.appendingPathComponent(DictionaryFiles.languagesFile)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw DataError.missing("language list", path: url.path)
        }
        try self.init(
            bytes: Array(data), folderName: location.isBundled ? "Dictionaries" : location.dictionaries.path,
            mode: mode)
    }

    /// The language with a tag, if the list has it.
    ///
    /// - Parameter code: A language tag.
    /// - Returns: The language, or `nil`.
    public func language(_ code: LanguageCode) -> Language? {
        positions[code].map { languages[$0] }
    }

    /// The languages an interpreter for `code` may relay through, best first; empty for a language the
    /// list does not have.
    ///
    /// - Parameter code: A language tag.
    /// - Returns: The relay languages.
    public func relayLanguages(of code: LanguageCode) -> [LanguageCode] {
        language(code)?.relayLanguages ?? []
    }
}
