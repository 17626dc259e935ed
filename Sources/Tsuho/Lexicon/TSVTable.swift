internal import TsuhoText

/// One data row of a TSV file: its line number and cells.
struct TSVRow: Sendable, Hashable {
    let line: Int
    let cells: [String]

    /// The 1-based column (in Unicode scalars) where each cell starts, computed when a message needs it.
    var columns: [Int] {
        var result: [Int] = []
        result.reserveCapacity(cells.count)
        var column = 1
        for cell in cells {
            result.append(column)
            column += cell.unicodeScalars.count + 1
        }
        return result
    }
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
        var parsed = Parse(file: file, expected: expected)
        bytes.withUnsafeBufferPointer { parsed.run($0) }
        rows = parsed.rows
        diagnostics = parsed.diagnostics
    }

    /// The parsing state, over the file's bytes without copying lines.
    private struct Parse {
        let file: String
        let expected: [String]
        var rows: [TSVRow] = []
        var diagnostics: [Diagnostic] = []
        var sawHeader = false

        init(file: String, expected: [String]) {
            self.file = file
            self.expected = expected
        }

        mutating func report(_ line: Int, _ column: Int, _ message: String, _ severity: Diagnostic.Severity = .error) {
            diagnostics.append(Diagnostic(file: file, line: line, column: column, severity: severity, message: message))
        }

        mutating func run(_ all: UnsafeBufferPointer<UInt8>) {
            var start = 0
            if all.count >= 3, all[0] == 0xEF, all[1] == 0xBB, all[2] == 0xBF {
                report(1, 1, "the file starts with a byte-order mark (U+FEFF); save it as UTF-8 without BOM.")
                start = 3
            }
            // One validation of the whole file; lines are checked one by one only when it fails.
            let allValid = String(validating: UnsafeBufferPointer(rebasing: all[start...]), as: UTF8.self) != nil
            rows.reserveCapacity(all.count / 40)
            var number = 0
            while start < all.count {
                number += 1
                var end = start
                while end < all.count, all[end] != 0x0A {
                    end += 1
                }
                line(UnsafeBufferPointer(rebasing: all[start..<end]), number: number, validated: allValid)
                start = end + 1
            }
            if !sawHeader {
                report(1, 1, "the file is empty; expected the header \"\(expected.joined(separator: "\\t"))\".")
            }
        }

        private mutating func line(_ raw: UnsafeBufferPointer<UInt8>, number: Int, validated: Bool) {
            var bytes = raw
            if let last = bytes.last, last == 0x0D {
                bytes = UnsafeBufferPointer(rebasing: bytes.dropLast())
                report(number, Self.columnCount(bytes) + 1, "the line ends with CR (CRLF line endings); use LF.")
                if sawHeader { return }
            }
            if !validated, let bad = UTF8Input.firstInvalidOffset(in: bytes) {
                let byte = bytes[bad]
                let column = Self.columnCount(UnsafeBufferPointer(rebasing: bytes[..<bad])) + 1
                report(
                    number, column,
                    "invalid UTF-8: byte 0x\(String(byte, radix: 16, uppercase: true)) at byte \(bad + 1) of the line.")
                return
            }
            var cells: [String] = []
            cells.reserveCapacity(expected.count)
            var cellStart = 0
            for index in 0..<bytes.count where bytes[index] == 0x09 {
                cells.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[cellStart..<index]), as: UTF8.self))
                cellStart = index + 1
            }
            cells.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[cellStart...]), as: UTF8.self))
            if !sawHeader {
                sawHeader = true
                if cells != expected {
                    let found = cells.joined(separator: "\\t")
                    report(
                        number, 1, "expected the header \"\(expected.joined(separator: "\\t"))\", found \"\(found)\".")
                }
                return
            }
            if bytes.isEmpty {
                report(number, 1, "empty line.", .warning)
                return
            }
            guard cells.count == expected.count else {
                let hint = cells.count > expected.count ? " (a TAB inside a cell?)" : ""
                report(number, 1, "expected \(expected.count) columns, found \(cells.count)\(hint).")
                return
            }
            rows.append(TSVRow(line: number, cells: cells))
        }

        /// The number of Unicode scalars in UTF-8 (continuation bytes are not counted).
        private static func columnCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
            bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        }
    }
}
