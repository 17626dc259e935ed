import Foundation
internal import TsuhoText

/// Reads the phrase files, reporting every problem at its file, line and column and keeping every good
/// row.
struct PhrasebookParser {
    private let languages: [Language]
    private var metadata: [(row: TSVRow, phrase: Phrase)] = []
    private var positions: [String: Int] = [:]
    private var texts: [[LanguageCode: PhraseText]] = []
    private(set) var diagnostics: [Diagnostic] = []

    init(languages: [Language]) {
        self.languages = languages
    }

    private static func file(_ name: String) -> String { "Dictionaries/phrases/" + name }

    private mutating func report(
        _ file: String, _ row: TSVRow, _ column: Int, _ message: String, _ severity: Diagnostic.Severity = .error
    ) {
        let columns = row.columns
        let at = column < columns.count ? columns[column] : (columns.last ?? 1)
        diagnostics.append(
            Diagnostic(file: Self.file(file), line: row.line, column: at, severity: severity, message: message))
    }

    /// Reads `phrasebook.tsv`.
    mutating func parseMetadata(_ bytes: [UInt8]) {
        let name = Phrasebook.metadataFile
        let table = TSVTable(bytes: bytes, file: Self.file(name), header: Phrasebook.metadataHeader)
        diagnostics += table.diagnostics
        for row in table.rows {
            let cells = row.cells
            let id = cells[0]
            var problems: [(Int, String)] = []
            if !Self.isKebabCase(id) { problems.append((0, "phrase id \"\(id)\" must be kebab-case ASCII.")) }
            if positions[id] != nil { problems.append((0, "duplicate phrase id \"\(id)\".")) }
            if !Phrasebook.domains.contains(cells[1]) {
                let known = Phrasebook.domains.sorted().joined(separator: ", ")
                problems.append((1, "unknown domain \"\(cells[1])\"; one of \(known)."))
            }
            var line: ReportLine?
            switch cells[2] {
            case "110": line = .police
            case "119": line = .fire
            case "both", "": line = nil
            default: problems.append((2, "line must be 110, 119 or both, found \"\(cells[2])\"."))
            }
            let step = cells[3].isEmpty ? nil : Int(cells[3])
            if !cells[3].isEmpty, step == nil || (step ?? 0) < 1 {
                problems.append((3, "step must be a positive whole number, found \"\(cells[3])\"."))
            }
            let asks = cells[5].isEmpty ? nil : KeyFact(rawValue: cells[5])
            if !cells[5].isEmpty, asks == nil { problems.append((5, "unknown fact \"\(cells[5])\".")) }
            let answer = AnswerKind(rawValue: cells[6])
            if answer == nil {
                let known = AnswerKind.allCases.map(\.rawValue).joined(separator: ", ")
                problems.append((6, "answer must be one of \(known), found \"\(cells[6])\"."))
            }
            var arguments: [PhraseArgument] = []
            for declaration in TermEntry.forms(inCell: cells[8]) {
                let parts = declaration.split(separator: ":", omittingEmptySubsequences: false)
                if parts.count == 2, let kind = PhraseArgument.Kind(rawValue: String(parts[1])),
                    Self.isArgumentName(String(parts[0]))
                {
                    arguments.append(PhraseArgument(name: String(parts[0]), kind: kind))
                } else {
                    problems.append((8, "argument \"\(declaration)\" must be name:number or name:text."))
                }
            }
            if let step, step > 0, line == nil {
                problems.append((3, "a key question with a step needs line 110 or 119."))
            }
            guard problems.isEmpty, let answer else {
                for (column, message) in problems { report(name, row, column, message) }
                continue
            }
            positions[id] = metadata.count
            texts.append([:])
            metadata.append(
                (
                    row,
                    Phrase(
                        id: id, domain: cells[1], line: line, step: step, intent: cells[4], asks: asks, answer: answer,
                        choices: TermEntry.forms(inCell: cells[7]), arguments: arguments,
                        pictograms: TermEntry.forms(inCell: cells[9]), notes: cells[10], texts: [:])
                ))
        }
    }

    /// Reads one language's `<tag>.tsv`.
    mutating func parseLanguage(_ language: Language, _ bytes: [UInt8]) {
        let name = language.code.rawValue + ".tsv"
        let table = TSVTable(bytes: bytes, file: Self.file(name), header: Phrasebook.languageHeader)
        diagnostics += table.diagnostics
        var seen: Set<String> = []
        for row in table.rows {
            let cells = row.cells
            guard let position = positions[cells[0]] else {
                report(name, row, 0, "unknown phrase id \"\(cells[0])\": it is not in \(Phrasebook.metadataFile).")
                continue
            }
            guard seen.insert(cells[0]).inserted else {
                report(name, row, 0, "duplicate phrase id \"\(cells[0])\".")
                continue
            }
            guard !cells[1].isEmpty else { continue }
            guard let status = ReviewStatus(rawValue: cells[2]) else {
                report(name, row, 2, "status must be draft or reviewed, found \"\(cells[2])\".")
                continue
            }
            if cells[1].contains(" | ") || cells[1].contains("\t") {
                report(name, row, 1, "a phrase is one pattern: no \" | \" inside it.")
                continue
            }
            let declared = metadata[position].phrase.arguments.map(\.name).sorted()
            let used = Self.argumentNames(in: cells[1])
            guard let used else {
                report(name, row, 1, "unbalanced braces in the pattern.")
                continue
            }
            if used != declared {
                report(
                    name, row, 1,
                    "the pattern uses {\(used.joined(separator: "}, {"))} but \(Phrasebook.metadataFile) declares {\(declared.joined(separator: "}, {"))}."
                )
                continue
            }
            texts[position][language.code] = PhraseText(pattern: cells[1], status: status, note: cells[3])
        }
    }

    /// Checks that every choice is an answer phrase.
    mutating func checkChoices() {
        for (row, phrase) in metadata {
            for choice in phrase.choices where positions[choice] == nil {
                report(Phrasebook.metadataFile, row, 7, "choice \"\(choice)\" is not a phrase id.")
            }
        }
    }

    /// The phrases with their texts.
    func phrases() -> [Phrase] {
        metadata.enumerated().map { position, entry in
            let phrase = entry.phrase
            return Phrase(
                id: phrase.id, domain: phrase.domain, line: phrase.line, step: phrase.step, intent: phrase.intent,
                asks: phrase.asks, answer: phrase.answer, choices: phrase.choices, arguments: phrase.arguments,
                pictograms: phrase.pictograms, notes: phrase.notes, texts: texts[position])
        }
    }

    /// The top-level argument names of a MessageFormat pattern, sorted and unique, or `nil` when its
    /// braces do not balance. Text inside plural branches is skipped; quoted text (`'{'`) is literal.
    static func argumentNames(in pattern: String) -> [String]? {
        var names: Set<String> = []
        var depth = 0
        var quoted = false
        var scalars = Array(pattern.unicodeScalars)
        scalars.append(" ")
        var index = 0
        while index < scalars.count - 1 {
            let scalar = scalars[index]
            if scalar == "'" {
                if scalars[index + 1] == "'" {
                    index += 2
                    continue
                }
                if quoted || "{}#|".unicodeScalars.contains(scalars[index + 1]) {
                    quoted.toggle()
                }
                index += 1
                continue
            }
            if quoted {
                index += 1
                continue
            }
            if scalar == "{" {
                // An argument starts at even depth (0 = text, 2 = inside a plural branch …).
                if depth % 2 == 0 {
                    var name = ""
                    var next = index + 1
                    while next < scalars.count - 1, scalars[next] != ",", scalars[next] != "}" {
                        name.unicodeScalars.append(scalars[next])
                        next += 1
                    }
                    names.insert(name.trimmingCharacters(in: .whitespaces))
                }
                depth += 1
            } else if scalar == "}" {
                depth -= 1
                if depth < 0 { return nil }
            }
            index += 1
        }
        return depth == 0 ? names.sorted() : nil
    }

    private static func isKebabCase(_ id: String) -> Bool {
        !id.isEmpty
            && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
            && !id.hasPrefix("-") && !id.hasSuffix("-")
    }

    private static func isArgumentName(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
    }
}
