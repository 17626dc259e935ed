/// A problem with the audit log: it cannot be written or read, a line is torn or damaged, or a record
/// does not follow from the ones before it.
///
/// A torn last line is what a crash in the middle of a write leaves; it is reported as a value (see
/// ``AuditLog/tornLine``), never a crash, and every complete record before it is kept.
public struct AuditLogError: Error, Hashable, Sendable, CustomStringConvertible {
    fileprivate enum Kind: Hashable, Sendable {
        case unwritable
        case unreadable
        case tornLine
        case malformedLine
        case replayMismatch
    }

    /// What kind of failure this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        fileprivate let kind: Kind

        /// Records could not be written and flushed to disk; they stay queued and are written first the
        /// next time.
        public static let unwritable = Code(kind: .unwritable)
        /// The log cannot be opened or read.
        public static let unreadable = Code(kind: .unreadable)
        /// The last line has no newline: a write was cut off. It was never reported done.
        public static let tornLine = Code(kind: .tornLine)
        /// A complete line is not a valid record.
        public static let malformedLine = Code(kind: .malformedLine)
        /// A record's `from` is not the session's state after the records before it, or its change is
        /// not allowed by the state machine.
        public static let replayMismatch = Code(kind: .replayMismatch)

        /// The code's name.
        public var description: String { "\(kind)" }
    }

    /// What kind of failure this is.
    public let code: Code
    /// The log's path.
    public let path: String
    /// The line, from 1, when the problem is with one line.
    public let line: Int?
    /// The byte offset of the line's start, when the problem is with one line.
    public let byteOffset: Int?
    /// One English sentence.
    public let message: String

    /// The ``message``.
    public var description: String { message }

    init(code: Code, path: String, line: Int? = nil, byteOffset: Int? = nil, message: String) {
        self.code = code
        self.path = path
        self.line = line
        self.byteOffset = byteOffset
        self.message = message
    }

    static func unwritable(_ path: String, _ reason: String) -> AuditLogError {
        AuditLogError(code: .unwritable, path: path, message: "Cannot write the audit log \(path): \(reason).")
    }

    static func unreadable(_ path: String, _ reason: String) -> AuditLogError {
        AuditLogError(code: .unreadable, path: path, message: "Cannot read the audit log \(path): \(reason).")
    }

    static func torn(_ path: String, line: Int, byteOffset: Int, length: Int) -> AuditLogError {
        AuditLogError(
            code: .tornLine, path: path, line: line, byteOffset: byteOffset,
            message:
                "\(path):\(line): the last line (\(length) bytes from byte offset \(byteOffset)) is incomplete, a write cut off by a crash; every record before it is kept."
        )
    }

    static func malformed(_ path: String, line: Int, byteOffset: Int, reason: String) -> AuditLogError {
        AuditLogError(
            code: .malformedLine, path: path, line: line, byteOffset: byteOffset,
            message: "\(path):\(line): not a valid record (byte offset \(byteOffset)): \(reason).")
    }

    static func mismatch(_ path: String, line: Int?, reason: String) -> AuditLogError {
        AuditLogError(
            code: .replayMismatch, path: path, line: line,
            message: line.map { "\(path):\($0): \(reason)" } ?? "\(path): \(reason)")
    }
}
