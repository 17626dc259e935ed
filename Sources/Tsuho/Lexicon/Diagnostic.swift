/// A problem found in a data file, at a line and column.
///
/// It prints as compilers do, so editors can jump to it:
/// `Dictionaries/vi.tsv:12:3: error: expected 4 columns, found 3`.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How serious a problem is.
    public enum Severity: String, Sendable, Hashable, Codable {
        /// The data is wrong; the row or file is not used.
        case error
        /// The data is usable but probably not what was meant.
        case warning
    }

    /// The file, as the user named it or relative to the data folder.
    public let file: String
    /// The line, from 1; 0 for a problem with the whole file.
    public let line: Int
    /// The column (Unicode scalars from 1); 0 for a problem with the whole line or file.
    public let column: Int
    /// How serious it is.
    public let severity: Severity
    /// One English sentence.
    public let message: String

    /// Creates a diagnostic.
    ///
    /// - Parameters:
    ///   - file: The file.
    ///   - line: The line, from 1, or 0.
    ///   - column: The column, from 1, or 0.
    ///   - severity: How serious it is.
    ///   - message: One English sentence.
    public init(file: String, line: Int, column: Int, severity: Severity, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    /// `file:line:column: severity: message`.
    public var description: String {
        "\(file):\(line):\(column): \(severity.rawValue): \(message)"
    }
}
