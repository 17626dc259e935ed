import Foundation
internal import TsuhoText

/// Checks the phrasebook and the triage rules: every file's structure (as loading does, leniently), every
/// pattern compiled by ICU for its language's plural rules and formatted with sample arguments, the
/// pictogram ids of phrases against the manifest, and languages that lack phrases.
public struct PhrasebookLinter: Sendable {
    /// The data location.
    public let location: DataLocation
    /// The dictionary's languages.
    public let languages: [Language]
    /// The dictionary's concept ids, for the triage rules.
    public let conceptIDs: Set<String>
    /// The pictogram ids of the manifest, or `nil` when there is none.
    public let pictogramIDs: Set<String>?

    /// Creates a linter.
    ///
    /// - Parameters:
    ///   - location: The data location.
    ///   - languages: The dictionary's languages.
    ///   - conceptIDs: The dictionary's concept ids.
    ///   - pictogramIDs: The manifest's ids, or `nil`.
    public init(location: DataLocation, languages: [Language], conceptIDs: Set<String>, pictogramIDs: Set<String>?) {
        self.location = location
        self.languages = languages
        self.conceptIDs = conceptIDs
        self.pictogramIDs = pictogramIDs
    }

    /// Every problem found.
    ///
    /// - Returns: Diagnostics in file order.
    /// - Throws: ``DataError`` when a file cannot be read.
    public func lint() throws -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let phrases = location.dictionaries.appendingPathComponent("phrases", isDirectory: true)
        if FileManager.default.fileExists(atPath: phrases.path) {
            let phrasebook = try Phrasebook(location: location, languages: languages, mode: .lenient)
            diagnostics += phrasebook.diagnostics
            diagnostics += try patternProblems(phrasebook, folder: phrases)
            if let pictogramIDs {
                let lines = try Self.lineNumbers(of: phrases.appendingPathComponent(Phrasebook.metadataFile))
                for phrase in phrasebook.phrases {
                    for id in phrase.pictograms where !pictogramIDs.contains(id) {
                        diagnostics.append(
                            Diagnostic(
                                file: "Dictionaries/phrases/\(Phrasebook.metadataFile)", line: lines[phrase.id] ?? 0,
                                column: 1, severity: .error, message: "unknown pictogram id \"\(id)\" in \(phrase.id).")
                        )
                    }
                }
            }
            for (language, missing) in phrasebook.missingTranslations().sorted(by: { $0.key < $1.key }) {
                diagnostics.append(
                    Diagnostic(
                        file: "Dictionaries/phrases/\(language).tsv", line: 0, column: 0, severity: .warning,
                        message:
                            "\(missing.count) phrase\(missing.count == 1 ? "" : "s") without a text, e.g. \(missing[0])."
                    ))
            }
        }
        let rules = location.dictionaries.appendingPathComponent("rules", isDirectory: true)
        if FileManager.default.fileExists(atPath: rules.path) {
            diagnostics += try TriageRules(location: location, conceptIDs: conceptIDs, mode: .lenient).diagnostics
        }
        return diagnostics
    }

    /// Patterns ICU cannot compile or format with sample values.
    private func patternProblems(_ phrasebook: Phrasebook, folder: URL) throws -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for language in languages {
            let file = folder.appendingPathComponent(language.code.rawValue + ".tsv")
            guard FileManager.default.fileExists(atPath: file.path) else { continue }
            let lines = try Self.lineNumbers(of: file)
            let locale = try? ICULocale(language.icuLocaleTag)
            for phrase in phrasebook.phrases {
                guard let text = phrase.texts[language.code], let locale else { continue }
                var arguments: [String: MessageArgument] = [:]
                for argument in phrase.arguments {
                    arguments[argument.name] = argument.kind == .number ? .number(2) : .text("X")
                }
                do {
                    let template = try MessageTemplate(pattern: text.pattern, locale: locale)
                    for sample in [0.0, 1, 2, 3, 5, 11, 21, 100] {
                        for argument in phrase.arguments where argument.kind == .number {
                            arguments[argument.name] = .number(sample)
                        }
                        _ = try template.format(arguments)
                    }
                } catch {
                    diagnostics.append(
                        Diagnostic(
                            file: "Dictionaries/phrases/\(language.code).tsv", line: lines[phrase.id] ?? 0, column: 1,
                            severity: .error, message: "ICU cannot use the pattern of \(phrase.id): \(error)."))
                }
            }
        }
        return diagnostics
    }

    /// The line number of each row's id in a TSV file.
    private static func lineNumbers(of file: URL) throws -> [String: Int] {
        let text: String
        do {
            text = try String(contentsOf: file, encoding: .utf8)
        } catch {
            throw DataError.unreadable(path: file.path, reason: error.localizedDescription)
        }
        var lines: [String: Int] = [:]
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let id = line.split(separator: "\t", maxSplits: 1).first { lines[String(id)] = index + 1 }
        }
        return lines
    }
}
