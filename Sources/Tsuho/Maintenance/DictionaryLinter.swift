internal import TsuhoText

/// Checks dictionary files the way a careful reviewer would, and reports every problem with its file,
/// line and column.
///
/// Errors: structural problems (columns, bad UTF-8, BOM, CRLF, headers, duplicate or unknown ids, unknown
/// tags, missing cells, bad status), readings that are not kana or do not match the Japanese forms,
/// duplicate synonyms, forms in the wrong script for their language, words that mix scripts like
/// look-alike spoofs (ICU's spoof checker), stray or zero-width spaces, text not in NFC, and pictogram
/// ids missing from the pictogram manifest. Warnings: two concepts whose forms fold to the same key in one
/// language (unless the note of either row names the other concept's id, which marks a real homograph
/// such as Korean 다리, leg and bridge), readings in katakana, and pictogram ids while there is no
/// manifest yet. Given the pictogram files too, it runs ``PictogramLinter`` over them.
///
/// ```swift
/// let diagnostics = try DictionaryLinter(files: files).lint()
/// let clean = !diagnostics.contains { $0.severity == .error }
/// ```
public struct DictionaryLinter: Sendable {
    /// The files to check.
    public let files: DictionaryFiles
    /// The pictogram manifest and drawings to check with the dictionary, or `nil` to check the
    /// dictionary alone.
    public let pictograms: PictogramFiles?

    /// Creates a linter.
    ///
    /// - Parameters:
    ///   - files: The files of a `Dictionaries/` folder.
    ///   - pictograms: The files of the `Pictograms/` folder beside it, checked by ``PictogramLinter``
    ///     against the dictionary's concepts; `nil` to check the dictionary alone.
    public init(files: DictionaryFiles, pictograms: PictogramFiles? = nil) {
        self.files = files
        self.pictograms = pictograms
    }

    /// Runs every check.
    ///
    /// - Returns: Every problem found, sorted by file, line and column.
    /// - Throws: ``TextError`` only if ICU itself fails.
    public func lint() throws -> [Diagnostic] {
        var parser = DictionaryParser(files: files)
        parser.parse()
        var diagnostics = parser.diagnostics
        let languages = Dictionary(parser.languages.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        if let table = parser.tables[DictionaryFiles.conceptsFile] {
            diagnostics += try checkConcepts(table, language: languages[.japanese])
        }
        for (name, table) in parser.tables.sorted(by: { $0.key < $1.key })
        where name != DictionaryFiles.conceptsFile && name != DictionaryFiles.languagesFile {
            let code = LanguageCode(String(name.dropLast(4)))
            diagnostics += try checkEntries(table, language: languages[code])
        }
        if let table = parser.tables[DictionaryFiles.languagesFile] {
            for row in table.rows {
                for (cell, column) in zip(row.cells, row.columns) {
                    diagnostics += try checkCellText(cell, file: table.file, line: row.line, column: column)
                }
            }
        }
        if let pictograms {
            let concepts = Dictionary(
                parser.concepts.map { ($0.id, $0.pictogram) }, uniquingKeysWith: { first, _ in first })
            diagnostics += PictogramLinter(files: pictograms, concepts: concepts).lint()
        }
        return diagnostics.sorted {
            ($0.file, $0.line, $0.column, $0.message) < ($1.file, $1.line, $1.column, $1.message)
        }
    }

    private func checkConcepts(_ table: TSVTable, language: Language?) throws -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var uncheckedPictograms = 0
        var keys: [String: FormOwner] = [:]
        for row in table.rows {
            let cells = row.cells
            let columns = row.columns
            for (index, cell) in cells.enumerated() {
                diagnostics += try checkCellText(cell, file: table.file, line: row.line, column: columns[index])
            }
            let forms = TermEntry.forms(inCell: cells[3])
            diagnostics += try checkForms(
                forms, cell: cells[3], language: language, file: table.file, line: row.line, column: columns[3])
            diagnostics += try collisions(
                forms, owner: FormOwner(id: cells[0], line: row.line, note: cells[7]), keys: &keys, file: table.file,
                column: columns[3])
            for reading in TermEntry.forms(inCell: cells[4]) {
                let scalars = reading.unicodeScalars
                if scalars.contains(where: { !Self.isKana($0) }) {
                    diagnostics.append(
                        error(table.file, row.line, columns[4], "the reading \"\(reading)\" is not kana."))
                } else if scalars.contains(where: { (0x30A1...0x30FA).contains($0.value) }) {
                    diagnostics.append(
                        warning(
                            table.file, row.line, columns[4],
                            "the reading \"\(reading)\" is in katakana; write readings in hiragana."))
                }
            }
            let pictogram = cells[5]
            if !pictogram.isEmpty {
                if let known = files.pictogramIDs {
                    if !known.contains(pictogram) {
                        diagnostics.append(
                            error(
                                table.file, row.line, columns[5],
                                "unknown pictogram id \"\(pictogram)\": it is not in Pictograms/manifest.tsv."))
                    }
                } else {
                    uncheckedPictograms += 1
                }
            }
        }
        if uncheckedPictograms > 0 {
            diagnostics.append(
                warning(
                    table.file, 0, 0,
                    "\(uncheckedPictograms) pictogram ids cannot be checked: Pictograms/manifest.tsv does not exist yet."
                ))
        }
        return diagnostics
    }

    private func checkEntries(_ table: TSVTable, language: Language?) throws -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var keys: [String: FormOwner] = [:]
        for row in table.rows {
            let columns = row.columns
            for (index, cell) in row.cells.enumerated() {
                diagnostics += try checkCellText(cell, file: table.file, line: row.line, column: columns[index])
            }
            let forms = TermEntry.forms(inCell: row.cells[1])
            diagnostics += try checkForms(
                forms, cell: row.cells[1], language: language, file: table.file, line: row.line, column: columns[1])
            diagnostics += try collisions(
                forms, owner: FormOwner(id: row.cells[0], line: row.line, note: row.cells[3]), keys: &keys,
                file: table.file, column: columns[1])
        }
        return diagnostics
    }

    /// NFC, zero-width and control characters, and stray spaces, in any cell.
    private func checkCellText(_ cell: String, file: String, line: Int, column: Int) throws -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if try !Normalizer.isNormalized(cell, in: .nfc) {
            diagnostics.append(error(file, line, column, "the text is not in NFC (Unicode normalization form C)."))
        }
        for (offset, scalar) in cell.unicodeScalars.enumerated() {
            if Self.invisible.contains(scalar.value) || (scalar.properties.generalCategory == .control) {
                let code = "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
                diagnostics.append(error(file, line, column + offset, "invisible or control character \(code)."))
            } else if scalar.properties.isWhitespace, scalar != " " {
                let code = "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
                diagnostics.append(
                    error(file, line, column + offset, "stray space character \(code); use a plain space."))
            }
        }
        if cell.hasPrefix(" ") || cell.hasSuffix(" ") {
            diagnostics.append(error(file, line, column, "the cell starts or ends with a space."))
        }
        if cell.contains("  ") {
            diagnostics.append(error(file, line, column, "the cell has two spaces in a row."))
        }
        return diagnostics
    }

    /// Separators, duplicate synonyms, script and look-alike words of the forms of one cell.
    private func checkForms(
        _ forms: [String], cell: String, language: Language?, file: String, line: Int, column: Int
    ) throws -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seen: Set<String> = []
        for form in forms {
            if form.isEmpty || form.contains("|") || form.hasPrefix(" ") || form.hasSuffix(" ") {
                diagnostics.append(
                    error(file, line, column, "synonyms must be separated by \" | \" (space, bar, space): \"\(cell)\".")
                )
                continue
            }
            let key = try SearchIndex.foldKey.key(form)
            if !seen.insert(key).inserted {
                diagnostics.append(error(file, line, column, "duplicate synonym \"\(form)\"."))
            }
            if let language, let wrong = Self.foreignScript(in: form, for: language) {
                diagnostics.append(
                    error(
                        file, line, column,
                        "\"\(form)\" has \(wrong) text, which is not the script of \(language.code) (\(language.script))."
                    ))
            }
            for word in form.split(separator: " ") where try SpoofCheck.isSuspicious(String(word)) {
                diagnostics.append(
                    error(
                        file, line, column,
                        "\"\(word)\" mixes scripts or digit systems like a look-alike spoof (ICU spoof checker)."))
            }
        }
        return diagnostics
    }

    /// The concept a form belongs to, where it is, and its row's note.
    private struct FormOwner {
        let id: String
        let line: Int
        let note: String

        /// True when this row's note names a concept id as a word.
        func mentions(_ other: String) -> Bool {
            note.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-") }).contains { $0 == other }
        }
    }

    /// Warns when a form folds to the same key as a form of another concept in the same language, unless
    /// either row's note names the other concept.
    private func collisions(
        _ forms: [String], owner: FormOwner, keys: inout [String: FormOwner], file: String, column: Int
    ) throws -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for form in forms where !form.isEmpty {
            let key = try SearchIndex.foldKey.key(form)
            guard let other = keys[key] else {
                keys[key] = owner
                continue
            }
            if other.id != owner.id, !owner.mentions(other.id), !other.mentions(owner.id) {
                diagnostics.append(
                    warning(
                        file, owner.line, column,
                        "\"\(form)\" folds to the same key as a form of \(other.id) (line \(other.line)); a caller's word would be ambiguous. If both meanings are real, name \(other.id) in this row's note."
                    ))
            }
        }
        return diagnostics
    }

    /// The name of a script in a form that its language does not use, ignoring neutral characters and
    /// Latin acronyms (AED, SOS, T恤's T).
    static func foreignScript(in form: String, for language: Language) -> String? {
        let allowed = allowedScripts(for: language.script)
        let withoutAcronyms = form.split(separator: " ").map { word -> String in
            var kept = ""
            var run = ""
            for character in word {
                if character.isASCII, character.isUppercase || character.isNumber {
                    run.append(character)
                } else {
                    if run.count > 5 { kept += run }
                    run = ""
                    kept.append(character)
                }
            }
            if run.count > 5 { kept += run }
            return kept
        }.joined(separator: " ")
        let scripts = ScriptBreakdown(of: withoutAcronyms).scripts.map(\.code)
        return scripts.first { !allowed.contains($0) }.map { code in
            ScriptBreakdown(of: withoutAcronyms).scripts.first { $0.code == code }?.name ?? code
        }
    }

    static func allowedScripts(for script: String) -> Set<String> {
        switch script {
        case "Jpan": ["Hani", "Hira", "Kana", "Latn"]
        case "Hans", "Hant", "Hani": ["Hani"]
        case "Kore": ["Hang", "Hani"]
        default: [script]
        }
    }

    static func isKana(_ scalar: Unicode.Scalar) -> Bool {
        (0x3041...0x3096).contains(scalar.value) || (0x309D...0x309E).contains(scalar.value)
            || (0x30A1...0x30FA).contains(scalar.value) || scalar.value == 0x30FC
    }

    /// Zero-width and other invisible characters that must not hide in a cell.
    static let invisible: Set<UInt32> = [
        0x00AD, 0x180E, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2060,
        0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF,
    ]

    private func error(_ file: String, _ line: Int, _ column: Int, _ message: String) -> Diagnostic {
        Diagnostic(file: file, line: line, column: column, severity: .error, message: message)
    }

    private func warning(_ file: String, _ line: Int, _ column: Int, _ message: String) -> Diagnostic {
        Diagnostic(file: file, line: line, column: column, severity: .warning, message: message)
    }
}

extension String {
    /// The string with zeros in front up to a length.
    fileprivate func leftPadded(to length: Int) -> String {
        String(repeating: "0", count: max(0, length - count)) + self
    }
}
