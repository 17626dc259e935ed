import Foundation
internal import Synchronization
public import TsuhoText

/// The call-taker's phrases in every language: the key questions of 110 and 119 in the order
/// call-takers ask them, instructions, reassurance, confirmations with numbers, and answer choices.
///
/// Loaded from `Dictionaries/phrases/`: `phrasebook.tsv` (one row per phrase: domain, line, step, intent,
/// the fact it asks for, the answer it expects, its choices, arguments and pictograms) and one
/// `<tag>.tsv` per language (`id`, `text`, `status`, `note`, like the dictionary's language files).
/// Patterns are ICU MessageFormat with named arguments and plural rules, compiled on first use:
///
/// ```swift
/// let phrasebook = try Phrasebook(location: .bundled(), languages: lexicon.languages)
/// try phrasebook.render("confirm-injured-count", in: "vi", arguments: ["count": 3]).text
/// ```
public struct Phrasebook: Sendable {
    /// The phrases in file order.
    public let phrases: [Phrase]
    /// Problems found while loading (warnings, and errors in lenient mode).
    public let diagnostics: [Diagnostic]
    /// The languages of the dictionary, for plural rules.
    public let languages: [Language]
    private let positions: [String: Int]
    private let keyQuestions119: [Phrase]
    private let keyQuestions110: [Phrase]
    private let templates = TemplateCache()
    private let renderedCache = RenderedPhraseCache()

    /// The metadata file's name, inside `Dictionaries/phrases/`.
    public static let metadataFile = "phrasebook.tsv"
    /// The metadata file's columns.
    static let metadataHeader = [
        "id", "domain", "line", "step", "intent", "asks", "answer", "choices", "arguments", "pictograms", "notes",
    ]
    /// A language file's columns.
    static let languageHeader = ["id", "text", "status", "note"]
    /// The domains a phrase may have.
    public static let domains: Set<String> = [
        "question-119", "question-110", "instruction", "reassurance", "confirmation", "answer", "conversation",
    ]

    /// Loads the phrasebook of a data location.
    ///
    /// - Parameters:
    ///   - location: Where the data is (`Dictionaries/phrases/` inside it).
    ///   - languages: The dictionary's languages; a language file is read for each.
    ///   - mode: Strict throws on any error; lenient keeps every good row and reports the rest.
    /// - Throws: ``PhrasebookError`` with every diagnostic when strict and a file is malformed;
    ///   ``DataError`` when the metadata file cannot be read.
    public init(location: DataLocation, languages: [Language], mode: LoadingMode = .strict) throws {
        let folder = location.dictionaries.appendingPathComponent("phrases", isDirectory: true)
        var files: [String: [UInt8]] = [:]
        for name in [Self.metadataFile] + languages.map({ $0.code.rawValue + ".tsv" }) {
            let url = folder.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            do {
                files[name] = Array(try Data(contentsOf: url))
            } catch {
                throw DataError.unreadable(path: url.path, reason: error.localizedDescription)
            }
        }
        try self.init(files: files, languages: languages, mode: mode)
    }

    /// Loads the bundled phrasebook.
    ///
    /// - Parameter languages: The bundled dictionary's languages.
    /// - Returns: The phrasebook.
    /// - Throws: As ``init(location:languages:mode:)``.
    public static func bundled(languages: [Language]) throws -> Phrasebook {
        try Phrasebook(location: .bundled(), languages: languages)
    }

    /// Parses phrase files held in memory.
    ///
    /// - Parameters:
    ///   - files: File name (`phrasebook.tsv`, `vi.tsv`) to bytes.
    ///   - languages: The dictionary's languages.
    ///   - mode: Strict or lenient, as for the dictionary.
    /// - Throws: ``PhrasebookError`` when strict and any file has an error, or the metadata is missing.
    public init(files: [String: [UInt8]], languages: [Language], mode: LoadingMode = .strict) throws {
        guard let metadata = files[Self.metadataFile] else {
            throw PhrasebookError(.malformedData, "Dictionaries/phrases/\(Self.metadataFile) is missing.")
        }
        var parser = PhrasebookParser(languages: languages)
        parser.parseMetadata(metadata)
        for language in languages {
            if let bytes = files[language.code.rawValue + ".tsv"] {
                parser.parseLanguage(language, bytes)
            }
        }
        parser.checkChoices()
        if mode == .strict, parser.diagnostics.contains(where: { $0.severity == .error }) {
            throw PhrasebookError.malformed(parser.diagnostics)
        }
        phrases = parser.phrases()
        diagnostics = parser.diagnostics
        self.languages = languages
        positions = Dictionary(phrases.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let keyed = phrases.filter { $0.step != nil }.sorted { ($0.step ?? 0) < ($1.step ?? 0) }
        keyQuestions119 = keyed.filter { $0.line == .fire }
        keyQuestions110 = keyed.filter { $0.line == .police }
    }

    /// The phrase with an id.
    ///
    /// - Parameter id: A phrase id.
    /// - Returns: The phrase, or `nil`.
    public func phrase(id: String) -> Phrase? {
        positions[id].map { phrases[$0] }
    }

    /// The phrases with an intent, or all when `intent` is `nil`, in file order.
    ///
    /// - Parameter intent: An intent such as `ask-breathing`, or a prefix ending in `-` (`ask-`).
    /// - Returns: The matching phrases.
    public func phrases(intent: String?) -> [Phrase] {
        guard let intent else { return phrases }
        return phrases.filter { intent.hasSuffix("-") ? $0.intent.hasPrefix(intent) : $0.intent == intent }
    }

    /// The key questions of a line in the call-taker's order.
    ///
    /// - Parameter line: 110 or 119.
    /// - Returns: The questions with a step for that line, by step.
    public func keyQuestions(for line: ReportLine) -> [Phrase] {
        switch line {
        case .fire: keyQuestions119
        case .police: keyQuestions110
        case .unknown: []
        }
    }

    /// Formats a phrase for a caller.
    ///
    /// - Parameters:
    ///   - id: The phrase id.
    ///   - language: The caller's language; it must have the phrase.
    ///   - arguments: A value for every argument of the phrase, and nothing else.
    /// - Returns: The text, its review status, pictograms and numbered choices.
    /// - Throws: ``PhrasebookError`` for an unknown phrase, a language without it, or arguments that do
    ///   not fit; ``TextError`` if ICU fails.
    public func render(
        _ id: String, in language: LanguageCode, arguments: [String: MessageArgument] = [:]
    ) throws -> RenderedPhrase {
        if arguments.isEmpty, let known = renderedCache.value(id, language) { return known }
        guard let phrase = phrase(id: id) else {
            throw PhrasebookError(.unknownPhrase, "No phrase has the id \"\(id)\"; `tsuho phrases` lists them.")
        }
        let declared = Set(phrase.arguments.map(\.name))
        let given = Set(arguments.keys)
        guard declared == given else {
            let missing = declared.subtracting(given).sorted()
            let unknown = given.subtracting(declared).sorted()
            var parts: [String] = []
            if !missing.isEmpty { parts.append("missing \(missing.joined(separator: ", "))") }
            if !unknown.isEmpty { parts.append("unknown \(unknown.joined(separator: ", "))") }
            let expected = phrase.arguments.map { "\($0.name) (\($0.kind.rawValue))" }.joined(separator: ", ")
            throw PhrasebookError(
                .badArguments,
                "Phrase \(id) takes \(expected.isEmpty ? "no arguments" : expected): \(parts.joined(separator: "; ")).")
        }
        for argument in phrase.arguments where argument.kind == .number {
            if case .text(let value) = arguments[argument.name] {
                throw PhrasebookError(
                    .badArguments, "Argument \(argument.name) of \(id) is a number, not \"\(value)\".")
            }
        }
        let text = try format(phrase, language, arguments)
        let choices = try phrase.choices.enumerated().map { index, choiceID in
            guard let choice = self.phrase(id: choiceID) else {
                throw PhrasebookError(.unknownPhrase, "Phrase \(id) offers the unknown answer \(choiceID).")
            }
            return RenderedPhrase.Choice(number: index + 1, id: choiceID, text: try format(choice, language, [:]))
        }
        let rendered = RenderedPhrase(
            id: id, language: language, text: text, status: phrase.texts[language]?.status ?? .draft,
            pictograms: phrase.pictograms, choices: choices)
        if arguments.isEmpty { renderedCache.store(rendered) }
        return rendered
    }

    /// Which languages have every phrase, and which phrases each language lacks.
    ///
    /// - Returns: Per language, the ids of the phrases without a text.
    public func missingTranslations() -> [LanguageCode: [String]] {
        var missing: [LanguageCode: [String]] = [:]
        for language in languages {
            let lacking = phrases.filter { $0.texts[language.code] == nil }.map(\.id)
            if !lacking.isEmpty { missing[language.code] = lacking }
        }
        return missing
    }

    private func format(_ phrase: Phrase, _ language: LanguageCode, _ arguments: [String: MessageArgument]) throws
        -> String
    {
        guard let text = phrase.texts[language] else {
            throw PhrasebookError(
                .missingTranslation, "Phrase \(phrase.id) has no \(language) text yet; use an interpreter or やさしい日本語.")
        }
        let tag = languages.first { $0.code == language }?.icuLocaleTag ?? language.rawValue
        let template = try templates.template(text.pattern, tag: tag)
        do {
            return try template.format(arguments)
        } catch {
            throw PhrasebookError(.badArguments, "Phrase \(phrase.id) in \(language) does not format: \(error).")
        }
    }
}

/// Phrases without arguments, rendered once per language.
final class RenderedPhraseCache: Sendable {
    private let rendered = Mutex<[String: RenderedPhrase]>([:])

    func value(_ id: String, _ language: LanguageCode) -> RenderedPhrase? {
        rendered.withLock { $0[language.rawValue + "\u{0}" + id] }
    }

    func store(_ phrase: RenderedPhrase) {
        rendered.withLock { $0[phrase.language.rawValue + "\u{0}" + phrase.id] = phrase }
    }
}

/// Compiled MessageFormat patterns, shared by every copy of a phrasebook and safe from many tasks.
final class TemplateCache: Sendable {
    private let templates = Mutex<[String: MessageTemplate]>([:])

    /// The compiled pattern for a locale, compiled once.
    func template(_ pattern: String, tag: String) throws -> MessageTemplate {
        let key = tag + "\u{0}" + pattern
        if let known = templates.withLock({ $0[key] }) { return known }
        let template = try MessageTemplate(pattern: pattern, locale: ICULocale(tag))
        templates.withLock { $0[key] = template }
        return template
    }
}
