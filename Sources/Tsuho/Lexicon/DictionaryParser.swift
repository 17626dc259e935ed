import Foundation
internal import TsuhoText

/// Turns ``DictionaryFiles`` into languages, concepts and per-language entries, reporting every
/// structural problem with its file, line and column.
struct DictionaryParser {
    static let languageHeader = ["tag", "english", "native", "script", "direction", "segmenter", "icu_locale", "relay"]
    static let conceptHeader = ["id", "kind", "domain", "ja", "reading", "pictogram", "status", "notes"]
    static let entryHeader = ["id", "text", "status", "note"]

    let files: DictionaryFiles
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var languages: [Language] = []
    private(set) var concepts: [Concept] = []
    /// Per language tag, the entry of each concept in the order of ``concepts``; `nil` where the file has
    /// no row.
    private(set) var entries: [LanguageCode: [TermEntry?]] = [:]
    /// The parsed tables, for checks that need lines and columns.
    private(set) var tables: [String: TSVTable] = [:]

    init(files: DictionaryFiles) {
        self.files = files
    }

    mutating func parse() {
        parseLanguages()
        parseConcepts()
        var positions: [String: Int] = [:]
        positions.reserveCapacity(concepts.count)
        for (position, concept) in concepts.enumerated() {
            positions[concept.id] = position
        }
        for language in languages where language.code != .japanese {
            parseEntries(of: language.code, positions: positions)
        }
        for name in files.files.keys.sorted()
        where name != DictionaryFiles.languagesFile && name != DictionaryFiles.conceptsFile {
            let tag = LanguageCode(String(name.dropLast(4)))
            if !languages.contains(where: { $0.code == tag }) {
                error(
                    name, 0, 0, "unknown language tag \"\(tag)\": add a row for it to languages.tsv or remove the file."
                )
            }
        }
    }

    private mutating func error(_ name: String, _ line: Int, _ column: Int, _ message: String) {
        diagnostics.append(
            Diagnostic(file: files.path(of: name), line: line, column: column, severity: .error, message: message))
    }

    private mutating func table(_ name: String, header: [String]) -> TSVTable? {
        guard let bytes = files.files[name] else {
            error(name, 0, 0, "the file is missing.")
            return nil
        }
        let table = TSVTable(bytes: bytes, file: files.path(of: name), header: header)
        diagnostics += table.diagnostics
        tables[name] = table
        return table
    }

    private mutating func parseLanguages() {
        let name = DictionaryFiles.languagesFile
        guard let table = table(name, header: Self.languageHeader) else { return }
        var seen: Set<String> = []
        var relayCells: [(line: Int, column: Int, codes: [String])] = []
        for row in table.rows {
            let cells = row.cells
            var problems: [(Int, String)] = []
            if cells[0].isEmpty { problems.append((0, "the tag is empty.")) }
            if seen.contains(cells[0]) { problems.append((0, "duplicate language tag \"\(cells[0])\".")) }
            for index in [1, 2, 3, 6] where cells[index].isEmpty {
                problems.append((index, "the \(Self.languageHeader[index]) cell is empty."))
            }
            let direction = TextDirection(rawValue: cells[4])
            if direction == nil { problems.append((4, "direction must be ltr or rtl, found \"\(cells[4])\".")) }
            if cells[5] != "yes" && cells[5] != "no" {
                problems.append((5, "segmenter must be yes or no, found \"\(cells[5])\"."))
            }
            if !cells[6].isEmpty {
                do {
                    _ = try ICULocale(cells[6].replacingOccurrences(of: "_", with: "-"))
                } catch {
                    problems.append((6, "\(error)"))
                }
            }
            guard problems.isEmpty else {
                for (column, text) in problems { self.error(name, row.line, row.columns[column], text) }
                continue
            }
            seen.insert(cells[0])
            let relays = TermEntry.forms(inCell: cells[7])
            relayCells.append((row.line, row.columns[7], relays))
            languages.append(
                Language(
                    code: LanguageCode(cells[0]), englishName: cells[1], nativeName: cells[2], script: cells[3],
                    direction: direction ?? .leftToRight, needsSegmenter: cells[5] == "yes", icuLocale: cells[6],
                    relayLanguages: relays.map { LanguageCode($0) }))
        }
        for (line, column, codes) in relayCells {
            for code in codes where !seen.contains(code) {
                error(name, line, column, "unknown relay language \"\(code)\".")
            }
        }
        if !seen.contains(LanguageCode.japanese.rawValue) {
            error(name, 0, 0, "the language list has no row for ja (Japanese).")
        }
    }

    private mutating func parseConcepts() {
        let name = DictionaryFiles.conceptsFile
        guard let table = table(name, header: Self.conceptHeader) else { return }
        var seen: [String: Int] = [:]
        for row in table.rows {
            let cells = row.cells
            var problems: [(Int, String)] = []
            if !Self.isConceptID(cells[0]) {
                problems.append((0, "the id \"\(cells[0])\" is not kebab-case ASCII (a-z, 0-9, -)."))
            } else if let first = seen[cells[0]] {
                problems.append((0, "duplicate id \"\(cells[0])\" (first on line \(first))."))
            }
            let kind = ConceptKind(rawValue: cells[1])
            if kind == nil { problems.append((1, "kind must be term or phrase, found \"\(cells[1])\".")) }
            if cells[2].isEmpty { problems.append((2, "the domain cell is empty.")) }
            let forms = TermEntry.forms(inCell: cells[3])
            let readings = TermEntry.forms(inCell: cells[4])
            if forms.isEmpty { problems.append((3, "the ja cell is empty.")) }
            if readings.isEmpty { problems.append((4, "the reading cell is empty.")) }
            if !forms.isEmpty, !readings.isEmpty, forms.count != readings.count {
                problems.append(
                    (
                        4,
                        "\(forms.count) Japanese form\(forms.count == 1 ? "" : "s") but \(readings.count) reading\(readings.count == 1 ? "" : "s")."
                    ))
            }
            let status = ReviewStatus(rawValue: cells[6])
            if status == nil { problems.append((6, "status must be draft or reviewed, found \"\(cells[6])\".")) }
            guard problems.isEmpty, let kind, let status else {
                for (column, text) in problems { error(name, row.line, row.columns[column], text) }
                continue
            }
            seen[cells[0]] = row.line
            concepts.append(
                Concept(
                    id: cells[0], kind: kind, domain: cells[2], japanese: TermEntry(forms: forms, status: status),
                    readings: readings, pictogram: cells[5].isEmpty ? nil : cells[5], notes: cells[7]))
        }
    }

    private mutating func parseEntries(of code: LanguageCode, positions: [String: Int]) {
        let name = code.rawValue + ".tsv"
        guard let table = table(name, header: Self.entryHeader) else { return }
        var parsed = [TermEntry?](repeating: nil, count: concepts.count)
        var lines = [Int](repeating: 0, count: concepts.count)
        for row in table.rows {
            let cells = row.cells
            guard let position = positions[cells[0]] else {
                error(name, row.line, 1, "unknown concept id \"\(cells[0])\": it is not in concepts.tsv.")
                continue
            }
            if lines[position] != 0 {
                error(name, row.line, 1, "duplicate id \"\(cells[0])\" (first on line \(lines[position])).")
                continue
            }
            guard let status = ReviewStatus(rawValue: cells[2]) else {
                error(name, row.line, row.columns[2], "status must be draft or reviewed, found \"\(cells[2])\".")
                continue
            }
            let forms = TermEntry.forms(inCell: cells[1])
            if forms.isEmpty, status == .reviewed {
                error(name, row.line, row.columns[2], "an empty cell cannot be reviewed.")
                continue
            }
            parsed[position] = TermEntry(forms: forms, status: status, note: cells[3])
            lines[position] = row.line
        }
        entries[code] = parsed
    }

    static func isConceptID(_ id: String) -> Bool {
        guard let first = id.utf8.first, let last = id.utf8.last, first != UInt8(ascii: "-"), last != UInt8(ascii: "-")
        else { return false }
        return id.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "-")
        } && !id.contains("--")
    }
}
