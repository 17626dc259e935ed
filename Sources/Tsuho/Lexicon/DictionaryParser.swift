import Dispatch
import Foundation
internal import Synchronization
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
    /// Per language tag, the cells of each concept in the order of ``concepts``.
    private(set) var columns: [LanguageCode: LanguageColumn] = [:]
    /// The parsed tables, for checks that need lines and columns (kept only when asked for).
    private(set) var tables: [String: TSVTable] = [:]
    /// Keep every table (for the linter and the editor), instead of scanning clean language files fast.
    let keepsTables: Bool

    init(files: DictionaryFiles, keepsTables: Bool = true) {
        self.files = files
        self.keepsTables = keepsTables
    }

    /// The concept ids, for finding a row's concept by its id's bytes.
    private(set) var conceptIDs = FlatIndex()

    mutating func parse() {
        parseDescriptions()
        parseLanguageFiles()
        checkExtraFiles()
    }

    /// Parses the language list and the concepts.
    mutating func parseDescriptions() {
        parseLanguages()
        parseConcepts()
        conceptIDs = Self.idTable(concepts.map(\.id))
    }

    /// The ids of `concepts.tsv` in file order, read from the first column alone: enough for language
    /// files to find their rows' concepts while the concepts themselves are still being parsed.
    static func quickConceptIDs(_ files: DictionaryFiles) -> [String] {
        guard let bytes = files.files[DictionaryFiles.conceptsFile] else { return [] }
        var ids: [String] = []
        ids.reserveCapacity(bytes.count / 60)
        bytes.withUnsafeBufferPointer { buffer in
            var lineStart = 0
            var isHeader = true
            while lineStart < buffer.count {
                var end = lineStart
                var tab = -1
                while end < buffer.count, buffer[end] != 0x0A {
                    if tab < 0, buffer[end] == 0x09 { tab = end }
                    end += 1
                }
                if !isHeader, end > lineStart {
                    let idEnd = tab < 0 ? end : tab
                    ids.append(
                        String(decoding: UnsafeBufferPointer(rebasing: buffer[lineStart..<idEnd]), as: UTF8.self))
                }
                isHeader = false
                lineStart = end + 1
            }
        }
        return ids
    }

    /// A table from concept ids to their positions.
    static func idTable(_ ids: [String]) -> FlatIndex {
        var keys = FlatIndex.KeyCollector(expectedKeys: ids.count, expectedBytes: ids.count * 20)
        for (position, id) in ids.enumerated() {
            keys.add(id.utf8, Posting(concept: Int32(position), language: 0, form: 0))
        }
        return FlatIndex(keys)
    }

    /// Takes the concepts and diagnostics of another parser that parsed `concepts.tsv`.
    mutating func adoptConcepts(from other: DictionaryParser) {
        concepts = other.concepts
        diagnostics += other.diagnostics
        conceptIDs = Self.idTable(concepts.map(\.id))
    }

    /// Takes the result of parsing one language file (see ``parseLanguageFile(code:files:conceptIDs:conceptCount:keepsTable:)``).
    mutating func add(_ result: LanguageFileResult, for code: LanguageCode) {
        diagnostics += result.diagnostics
        if let column = result.column {
            columns[code] = column
        }
        if let table = result.table {
            tables[code.rawValue + ".tsv"] = table
        }
    }

    /// Parses every language file, on every core.
    mutating func parseLanguageFiles() {
        let conceptIDs = conceptIDs
        let codes = languages.map(\.code).filter { $0 != .japanese }
        let results = Mutex([LanguageFileResult?](repeating: nil, count: codes.count))
        let files = files
        let keepsTables = keepsTables
        let conceptCount = concepts.count
        // Language files are independent: parse them on every core.
        DispatchQueue.concurrentPerform(iterations: codes.count) { index in
            let result = Self.parseLanguageFile(
                code: codes[index], files: files, conceptIDs: conceptIDs, conceptCount: conceptCount,
                keepsTable: keepsTables)
            results.withLock { $0[index] = result }
        }
        for (code, result) in zip(codes, results.withLock { $0 }) {
            if let result {
                add(result, for: code)
            }
        }
    }

    /// Reports files whose name is not a language of the list.
    mutating func checkExtraFiles() {
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

    mutating func parseLanguages() {
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
                    _ = try ICULocale(Language.languageTag(ofICULocale: cells[6]))
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

    mutating func parseConcepts() {
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

    /// What parsing one language file gave.
    struct LanguageFileResult: Sendable {
        var column: LanguageColumn?
        var diagnostics: [Diagnostic] = []
        var table: TSVTable?
    }

    /// Parses one language file: a fast scan when the file is clean and tables are not needed, else a
    /// careful parse that reports every problem with its line and column and keeps every good row.
    static func parseLanguageFile(
        code: LanguageCode, files: DictionaryFiles, conceptIDs: FlatIndex, conceptCount: Int, keepsTable: Bool
    ) -> LanguageFileResult {
        let name = code.rawValue + ".tsv"
        let path = files.path(of: name)
        guard let bytes = files.files[name] else {
            let missing = Diagnostic(file: path, line: 0, column: 0, severity: .error, message: "the file is missing.")
            return LanguageFileResult(column: nil, diagnostics: [missing])
        }
        if !keepsTable,
            let column = LanguageColumn(cleanFile: bytes, conceptIDs: conceptIDs, conceptCount: conceptCount)
        {
            return LanguageFileResult(column: column)
        }
        let table = TSVTable(bytes: bytes, file: path, header: entryHeader)
        var result = LanguageFileResult(diagnostics: table.diagnostics, table: keepsTable ? table : nil)
        func error(_ line: Int, _ column: Int, _ message: String) {
            result.diagnostics.append(
                Diagnostic(file: path, line: line, column: column, severity: .error, message: message))
        }
        var parsed = [TermEntry?](repeating: nil, count: conceptCount)
        var lines = [Int](repeating: 0, count: conceptCount)
        for row in table.rows {
            let cells = row.cells
            guard let position = conceptIDs.firstPosting(for: cells[0]).map({ Int($0.concept) }) else {
                error(row.line, 1, "unknown concept id \"\(cells[0])\": it is not in concepts.tsv.")
                continue
            }
            if lines[position] != 0 {
                error(row.line, 1, "duplicate id \"\(cells[0])\" (first on line \(lines[position])).")
                continue
            }
            guard let status = ReviewStatus(rawValue: cells[2]) else {
                error(row.line, row.columns[2], "status must be draft or reviewed, found \"\(cells[2])\".")
                continue
            }
            let forms = TermEntry.forms(inCell: cells[1])
            if forms.isEmpty, status == .reviewed {
                error(row.line, row.columns[2], "an empty cell cannot be reviewed.")
                continue
            }
            parsed[position] = TermEntry(forms: forms, status: status, note: cells[3])
            lines[position] = row.line
        }
        result.column = LanguageColumn(entries: parsed)
        return result
    }

    /// True for kebab-case ASCII: a-z, 0-9 and single hyphens between them.
    static func isConceptID(_ id: String) -> Bool {
        var previous: UInt8 = UInt8(ascii: "-")
        for byte in id.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                break
            case UInt8(ascii: "-") where previous != UInt8(ascii: "-"):
                break
            default:
                return false
            }
            previous = byte
        }
        return previous != UInt8(ascii: "-")
    }
}
