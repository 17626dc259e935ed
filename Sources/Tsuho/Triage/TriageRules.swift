import Foundation
internal import TsuhoText

/// The data triage decides from, in `Dictionaries/rules/`: what each concept means for line, incident,
/// urgency and key facts (`triage.tsv`), each language's negation, question, intensifier, age and
/// people-count words (`cues.tsv`), and number words (`numbers.tsv`). Maintainers edit the files; no
/// language is listed in code.
public struct TriageRules: Sendable {
    /// Per concept id.
    public let concepts: [String: ConceptRule]
    /// Per language: cue kind (`negation`, `question`, `intensifier`, `age-unit`, `people-unit`) to
    /// the cues with their position (`before`, `after`, `either`, `sentence`).
    let cues: [LanguageCode: [String: [(cue: String, position: String)]]]
    /// Per language: number words to values.
    let numbers: [LanguageCode: [String: Int]]
    /// Problems found while loading.
    public let diagnostics: [Diagnostic]

    static let triageHeader = ["concept", "line", "incident", "urgency", "fact", "value", "negated", "note"]
    static let cuesHeader = ["language", "kind", "cue", "position"]
    static let numbersHeader = ["language", "word", "value"]

    /// Loads the rules of a data location.
    ///
    /// - Parameters:
    ///   - location: Where the data is (`Dictionaries/rules/` inside it).
    ///   - conceptIDs: The dictionary's concept ids, to report rules for unknown concepts.
    ///   - mode: Strict throws on any error; lenient keeps every good row.
    /// - Throws: ``DataError`` when a file cannot be read, ``LexiconError`` when strict and a file has
    ///   errors.
    public init(location: DataLocation, conceptIDs: Set<String>, mode: LoadingMode = .strict) throws {
        let folder = location.dictionaries.appendingPathComponent("rules", isDirectory: true)
        var files: [String: [UInt8]] = [:]
        for name in ["triage.tsv", "cues.tsv", "numbers.tsv"] {
            let url = folder.appendingPathComponent(name)
            do {
                files[name] = Array(try Data(contentsOf: url))
            } catch {
                throw DataError.unreadable(path: url.path, reason: error.localizedDescription)
            }
        }
        try self.init(files: files, conceptIDs: conceptIDs, mode: mode)
    }

    /// Parses rule files held in memory.
    ///
    /// - Parameters:
    ///   - files: `triage.tsv`, `cues.tsv` and `numbers.tsv` to bytes.
    ///   - conceptIDs: The dictionary's concept ids.
    ///   - mode: Strict or lenient.
    /// - Throws: ``LexiconError`` when strict and a file has errors.
    public init(files: [String: [UInt8]], conceptIDs: Set<String>, mode: LoadingMode = .strict) throws {
        var diagnostics: [Diagnostic] = []
        func report(_ file: String, _ row: TSVRow, _ column: Int, _ message: String) {
            let columns = row.columns
            diagnostics.append(
                Diagnostic(
                    file: "Dictionaries/rules/" + file, line: row.line,
                    column: column < columns.count ? columns[column] : 1,
                    severity: .error, message: message))
        }
        let triage = TSVTable(
            bytes: files["triage.tsv"] ?? [], file: "Dictionaries/rules/triage.tsv", header: Self.triageHeader)
        diagnostics += triage.diagnostics
        var concepts: [String: ConceptRule] = [:]
        for row in triage.rows {
            let cells = row.cells
            var bad = false
            if !conceptIDs.contains(cells[0]) {
                report("triage.tsv", row, 0, "unknown concept \"\(cells[0])\".")
                bad = true
            }
            let line: ReportLine? = cells[1].isEmpty ? nil : ReportLine(rawValue: cells[1])
            if !cells[1].isEmpty, line == nil || line == .unknown {
                report("triage.tsv", row, 1, "line must be 110, 119 or empty.")
                bad = true
            }
            let incident = cells[2].isEmpty ? nil : IncidentKind(rawValue: cells[2])
            if !cells[2].isEmpty, incident == nil {
                report("triage.tsv", row, 2, "unknown incident \"\(cells[2])\".")
                bad = true
            }
            let urgency = cells[3].isEmpty ? nil : Urgency(rawValue: cells[3])
            if !cells[3].isEmpty, urgency == nil {
                report("triage.tsv", row, 3, "urgency must be red, yellow, green or white.")
                bad = true
            }
            let fact = cells[4].isEmpty ? nil : KeyFact(rawValue: cells[4])
            if !cells[4].isEmpty, fact == nil {
                report("triage.tsv", row, 4, "unknown fact \"\(cells[4])\".")
                bad = true
            }
            if !cells[6].isEmpty, !conceptIDs.contains(cells[6]) {
                report("triage.tsv", row, 6, "unknown concept \"\(cells[6])\".")
                bad = true
            }
            if concepts[cells[0]] != nil {
                report("triage.tsv", row, 0, "duplicate rule for \"\(cells[0])\".")
                bad = true
            }
            guard !bad else { continue }
            concepts[cells[0]] = ConceptRule(
                conceptID: cells[0], line: line, incident: incident, urgency: urgency, fact: fact, value: cells[5],
                negated: cells[6].isEmpty ? nil : cells[6])
        }
        let cueTable = TSVTable(
            bytes: files["cues.tsv"] ?? [], file: "Dictionaries/rules/cues.tsv", header: Self.cuesHeader)
        diagnostics += cueTable.diagnostics
        var cues: [LanguageCode: [String: [(cue: String, position: String)]]] = [:]
        let kinds: Set<String> = ["negation", "question", "intensifier", "age-unit", "people-unit"]
        let positions: Set<String> = ["before", "after", "either", "sentence"]
        for row in cueTable.rows {
            let cells = row.cells
            guard kinds.contains(cells[1]) else {
                report("cues.tsv", row, 1, "kind must be one of \(kinds.sorted().joined(separator: ", ")).")
                continue
            }
            guard positions.contains(cells[3]) else {
                report("cues.tsv", row, 3, "position must be before, after, either or sentence.")
                continue
            }
            guard !cells[2].isEmpty else {
                report("cues.tsv", row, 2, "the cue is empty.")
                continue
            }
            let folded = (try? SearchIndex.plainKey.key(cells[2])) ?? cells[2]
            cues[LanguageCode(cells[0]), default: [:]][cells[1], default: []].append((folded, cells[3]))
        }
        let numberTable = TSVTable(
            bytes: files["numbers.tsv"] ?? [], file: "Dictionaries/rules/numbers.tsv", header: Self.numbersHeader)
        diagnostics += numberTable.diagnostics
        var numbers: [LanguageCode: [String: Int]] = [:]
        for row in numberTable.rows {
            guard let value = Int(row.cells[2]) else {
                report("numbers.tsv", row, 2, "value must be a whole number.")
                continue
            }
            let folded = (try? SearchIndex.plainKey.key(row.cells[1])) ?? row.cells[1]
            numbers[LanguageCode(row.cells[0]), default: [:]][folded] = value
        }
        if mode == .strict, diagnostics.contains(where: { $0.severity == .error }) {
            throw LexiconError.malformed(diagnostics)
        }
        self.concepts = concepts
        self.cues = cues
        self.numbers = numbers
        self.diagnostics = diagnostics
    }

    /// The cues of a kind for a language, falling back to the base language (`ja-x-easy` → `ja`).
    func cues(_ kind: String, for language: LanguageCode) -> [(cue: String, position: String)] {
        if let found = cues[language]?[kind] { return found }
        let base = LanguageCode(String(language.rawValue.prefix { $0 != "-" }))
        return cues[base]?[kind] ?? []
    }

    /// The number words of a language, with the base language's.
    func numberWords(for language: LanguageCode) -> [String: Int] {
        let base = LanguageCode(String(language.rawValue.prefix { $0 != "-" }))
        return (numbers[base] ?? [:]).merging(numbers[language] ?? [:]) { _, specific in specific }
    }
}
