internal import TsuhoText

/// One data row of a TSV file: its line number and cells, with the column where each cell starts.
struct TSVRow: Sendable, Hashable {
    let line: Int
    let cells: [String]
    /// The 1-based column (in Unicode scalars) where each cell starts.
    let columns: [Int]
}

/// A TSV file parsed with every structural problem reported at its line and column: a byte-order mark,
/// CRLF line endings, bytes that are not UTF-8, a wrong header, a wrong number of columns (a TAB inside a
/// cell shows up as one column too many). Rows with problems are left out; every good row is kept.
struct TSVTable: Sendable {
    let file: String
    let header: [String]
    let rows: [TSVRow]
    let diagnostics: [Diagnostic]

    /// Parses a file.
    ///
    /// - Parameters:
    ///   - bytes: The file's bytes.
    ///   - file: The file's name for diagnostics ("Dictionaries/vi.tsv").
    ///   - expected: The expected header cells.
    init(bytes: [UInt8], file: String, header expected: [String]) {
        self.file = file
        header = expected
        var diagnostics: [Diagnostic] = []
        var rows: [TSVRow] = []
        func report(_ line: Int, _ column: Int, _ message: String, _ severity: Diagnostic.Severity = .error) {
            diagnostics.append(Diagnostic(file: file, line: line, column: column, severity: severity, message: message))
        }
        var content = bytes[...]
        if content.starts(with: [0xEF, 0xBB, 0xBF]) {
            report(1, 1, "the file starts with a byte-order mark (U+FEFF); save it as UTF-8 without BOM.")
            content = content.dropFirst(3)
        }
        let lines = content.split(separator: 0x0A, omittingEmptySubsequences: false)
        var sawHeader = false
        for (offset, rawLine) in lines.enumerated() {
            let number = offset + 1
            var lineBytes = rawLine
            if offset == lines.count - 1, lineBytes.isEmpty {
                break  // the newline that ends the last line
            }
            if lineBytes.last == 0x0D {
                lineBytes = lineBytes.dropLast()
                report(number, Self.columnCount(lineBytes) + 1, "the line ends with CR (CRLF line endings); use LF.")
                if offset > 0 { continue }
            }
            if let bad = UTF8Input.firstInvalidOffset(in: lineBytes) {
                let byte = lineBytes[lineBytes.startIndex + bad]
                let column = Self.columnCount(lineBytes.prefix(bad)) + 1
                report(
                    number, column,
                    "invalid UTF-8: byte 0x\(String(byte, radix: 16, uppercase: true)) at byte \(bad + 1) of the line.")
                continue
            }
            let cells = lineBytes.split(separator: 0x09, omittingEmptySubsequences: false).map {
                String(decoding: $0, as: UTF8.self)
            }
            if !sawHeader {
                sawHeader = true
                if cells != expected {
                    report(
                        number, 1,
                        "expected the header \"\(expected.joined(separator: "\\t"))\", found \"\(cells.joined(separator: "\\t"))\"."
                    )
                }
                continue
            }
            if lineBytes.isEmpty {
                report(number, 1, "empty line.", .warning)
                continue
            }
            guard cells.count == expected.count else {
                let hint = cells.count > expected.count ? " (a TAB inside a cell?)" : ""
                report(number, 1, "expected \(expected.count) columns, found \(cells.count)\(hint).")
                continue
            }
            var columns: [Int] = []
            var column = 1
            for cell in cells {
                columns.append(column)
                column += cell.unicodeScalars.count + 1
            }
            rows.append(TSVRow(line: number, cells: cells, columns: columns))
        }
        if !sawHeader {
            report(1, 1, "the file is empty; expected the header \"\(expected.joined(separator: "\\t"))\".")
        }
        self.rows = rows
        self.diagnostics = diagnostics
    }

    /// The number of Unicode scalars in valid UTF-8 (continuation bytes are not counted).
    private static func columnCount(_ bytes: some Collection<UInt8>) -> Int {
        bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }
}
