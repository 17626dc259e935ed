import Foundation
internal import TsuhoText

/// Edits the dictionary files of a data folder in place: every other byte, line and order stays as it
/// was, and each file is written atomically (a temporary file, flushed, then renamed).
///
/// ```swift
/// let editor = DictionaryEditor(location: try DataLocation(folder: checkout))
/// let report = try editor.apply([CellChange(conceptID: "fire", language: "vi", forms: ["hỏa hoạn", "cháy"])])
/// ```
///
/// A change to a `reviewed` cell's forms is refused and reported as a conflict, unless the caller says
/// to overwrite reviewed cells; changed forms become `draft` again unless a status is given.
public struct DictionaryEditor: Sendable {
    /// The data folder edited.
    public let location: DataLocation

    /// Creates an editor.
    ///
    /// - Parameter location: A data folder (edits to the bundled copy are refused by the file system).
    public init(location: DataLocation) {
        self.location = location
    }

    /// Applies changes to cells.
    ///
    /// - Parameters:
    ///   - changes: The changes, in any order.
    ///   - overwriteReviewed: Apply changes to the forms of reviewed cells instead of reporting conflicts.
    /// - Returns: What changed, what was already so, and the conflicts.
    /// - Throws: ``LexiconError`` for unknown concepts or languages, malformed files or bad new content;
    ///   ``DataError`` when a file cannot be written. Nothing is written when validation fails.
    public func apply(_ changes: [CellChange], overwriteReviewed: Bool = false) throws -> EditReport {
        let files = try DictionaryFiles(location: location)
        var parser = DictionaryParser(files: files)
        parser.parse()
        if parser.diagnostics.contains(where: { $0.severity == .error }) {
            throw LexiconError.malformed(parser.diagnostics)
        }
        let languages = Set(parser.languages.map(\.code))
        let conceptIDs = Set(parser.concepts.map(\.id))
        var byFile: [String: [CellChange]] = [:]
        for change in changes {
            guard conceptIDs.contains(change.conceptID) else { throw LexiconError.unknownConcept(change.conceptID) }
            guard languages.contains(change.language) else { throw LexiconError.unknownLanguage(change.language) }
            let name = change.language == .japanese ? DictionaryFiles.conceptsFile : change.language.rawValue + ".tsv"
            byFile[name, default: []].append(change)
        }
        var report = EditReport()
        var outputs: [(name: String, bytes: [UInt8])] = []
        for (name, fileChanges) in byFile.sorted(by: { $0.key < $1.key }) {
            guard let bytes = files.files[name], let table = parser.tables[name] else {
                throw LexiconError.conflict("The file \(files.path(of: name)) is missing.")
            }
            var lines = Self.lines(of: bytes)
            var lineOfID: [String: Int] = [:]
            for row in table.rows {
                lineOfID[row.cells[0]] = row.line - 1
            }
            var edited = false
            for change in fileChanges {
                let label = "\(change.language) \(change.conceptID)"
                let current = lineOfID[change.conceptID].map { Self.cells(of: lines[$0]) }
                let isJapanese = change.language == .japanese
                let updated = try Self.updatedCells(current: current, change: change, japanese: isJapanese)
                let emptyRow = [change.conceptID, "", ReviewStatus.draft.rawValue, ""]
                if updated.cells == current || (current == nil && updated.cells == emptyRow) {
                    report.unchanged += 1
                    continue
                }
                let statusColumn = isJapanese ? 6 : 2
                let wasReviewed = current?[statusColumn] == ReviewStatus.reviewed.rawValue
                let staysReviewed = updated.cells[statusColumn] == ReviewStatus.reviewed.rawValue
                if wasReviewed, updated.formsChanged || !staysReviewed, !overwriteReviewed {
                    report.conflicts.append("\(label): the reviewed cell would change; not applied.")
                    continue
                }
                let line = Array(updated.cells.joined(separator: "\t").utf8)
                if let index = lineOfID[change.conceptID] {
                    lines[index] = line
                } else {
                    Self.append(line, to: &lines)
                    lineOfID[change.conceptID] = lines.count - 2
                }
                report.changed.append(label)
                edited = true
            }
            if edited {
                outputs.append((name, lines.joined(separator: [0x0A]).map { $0 }))
            }
        }
        for (name, bytes) in outputs {
            try AtomicFile.write(bytes, to: location.dictionaries.appendingPathComponent(name).path)
            report.files.append(files.path(of: name))
        }
        return report
    }

    /// Adds a concept at the end of `concepts.tsv`.
    ///
    /// - Parameter concept: The new concept; its id must be new and kebab-case.
    /// - Throws: ``LexiconError`` when the id exists or a cell is invalid; ``DataError`` when the file
    ///   cannot be written.
    public func add(_ concept: Concept) throws {
        let files = try DictionaryFiles(location: location)
        var parser = DictionaryParser(files: files)
        parser.parse()
        if parser.diagnostics.contains(where: { $0.severity == .error }) {
            throw LexiconError.malformed(parser.diagnostics)
        }
        guard DictionaryParser.isConceptID(concept.id) else {
            throw LexiconError.conflict("The id \"\(concept.id)\" is not kebab-case ASCII (a-z, 0-9, -).")
        }
        guard !parser.concepts.contains(where: { $0.id == concept.id }) else {
            throw LexiconError.conflict("A concept with the id \"\(concept.id)\" already exists.")
        }
        guard !concept.domain.isEmpty, !concept.domain.contains("\t") else {
            throw LexiconError.conflict("The domain of \"\(concept.id)\" must be a non-empty cell.")
        }
        let forms = try Self.checkedForms(concept.japanese.forms, label: "ja \(concept.id)")
        let readings = try Self.checkedForms(concept.readings, label: "reading of \(concept.id)")
        guard !forms.isEmpty, forms.count == readings.count else {
            throw LexiconError.conflict(
                "\"\(concept.id)\" needs one reading for each of its \(forms.count) Japanese forms.")
        }
        let cells = [
            concept.id, concept.kind.rawValue, concept.domain, forms.joined(separator: TermEntry.separator),
            readings.joined(separator: TermEntry.separator), concept.pictogram ?? "", concept.japanese.status.rawValue,
            try Self.checkedCell(concept.notes, label: "notes of \(concept.id)"),
        ]
        guard let bytes = files.files[DictionaryFiles.conceptsFile] else {
            throw LexiconError.conflict("The file \(files.path(of: DictionaryFiles.conceptsFile)) is missing.")
        }
        var lines = Self.lines(of: bytes)
        Self.append(Array(cells.joined(separator: "\t").utf8), to: &lines)
        try AtomicFile.write(
            lines.joined(separator: [0x0A]).map { $0 },
            to: location.dictionaries.appendingPathComponent(DictionaryFiles.conceptsFile).path)
    }

    // MARK: Helpers

    /// The new cells of a row and whether its forms changed.
    private static func updatedCells(
        current: [String]?, change: CellChange, japanese: Bool
    ) throws -> (cells: [String], formsChanged: Bool) {
        let label = "\(change.language) \(change.conceptID)"
        let formsColumn = japanese ? 3 : 1
        let statusColumn = japanese ? 6 : 2
        let noteColumn = japanese ? 7 : 3
        var cells = current ?? [change.conceptID, "", ReviewStatus.draft.rawValue, ""]
        var formsChanged = false
        if let forms = change.forms {
            let text = try checkedForms(forms, label: label).joined(separator: TermEntry.separator)
            formsChanged = text != cells[formsColumn]
            cells[formsColumn] = text
        }
        if japanese {
            let formCount = TermEntry.forms(inCell: cells[3]).count
            if let readings = change.readings {
                let text = try checkedForms(readings, label: "reading of \(change.conceptID)")
                    .joined(separator: TermEntry.separator)
                formsChanged = formsChanged || text != cells[4]
                cells[4] = text
            }
            guard TermEntry.forms(inCell: cells[4]).count == formCount else {
                throw LexiconError.conflict("\(label): give one reading for each of the \(formCount) Japanese forms.")
            }
        }
        if let status = change.status {
            cells[statusColumn] = status.rawValue
        } else if formsChanged {
            cells[statusColumn] = ReviewStatus.draft.rawValue
        }
        if cells[statusColumn] == ReviewStatus.reviewed.rawValue, cells[formsColumn].isEmpty {
            throw LexiconError.conflict("\(label): an empty cell cannot be reviewed.")
        }
        if let note = change.note {
            cells[noteColumn] = try checkedCell(note, label: "note of \(label)")
        }
        return (cells, formsChanged)
    }

    /// Forms in NFC, each non-empty, trimmed and free of TAB, newline and the synonym bar.
    static func checkedForms(_ forms: [String], label: String) throws -> [String] {
        try forms.map { form in
            let normalized = try Normalizer.normalize(form, to: .nfc)
            guard !normalized.isEmpty, normalized.trimmingWhitespace() == normalized, !normalized.contains("|") else {
                throw LexiconError.conflict(
                    "\(label): the form \"\(form)\" is empty, padded with spaces or holds a \"|\".")
            }
            return try checkedCell(normalized, label: label)
        }
    }

    /// A cell in NFC without TAB or line breaks.
    static func checkedCell(_ text: String, label: String) throws -> String {
        guard !text.contains(where: { $0 == "\t" || $0.isNewline }) else {
            throw LexiconError.conflict("\(label): a cell cannot hold a TAB or a line break.")
        }
        return try Normalizer.normalize(text, to: .nfc)
    }

    /// The file's lines as bytes, split at LF; the piece after a final LF is an empty last line.
    static func lines(of bytes: [UInt8]) -> [[UInt8]] {
        bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { Array($0) }
    }

    /// Appends a line, keeping the file's final newline.
    static func append(_ line: [UInt8], to lines: inout [[UInt8]]) {
        if let last = lines.last, last.isEmpty {
            lines.insert(line, at: lines.count - 1)
        } else {
            lines.append(line)
            lines.append([])
        }
    }

    private static func cells(of line: [UInt8]) -> [String] {
        line.split(separator: 0x09, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    }
}
