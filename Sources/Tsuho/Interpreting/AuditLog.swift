public import Foundation

/// An audit log read back: every complete record, and what was wrong with the rest.
///
/// The log is JSON Lines, one ``SessionTransition`` a line, appended and flushed to disk before the
/// change it records is reported done. A crash can leave only the last line incomplete; it is reported in
/// ``tornLine`` and every complete record is kept.
///
/// ```swift
/// let log = try AuditLog(contentsOf: URL(fileURLWithPath: "audit.jsonl"))
/// if let torn = log.tornLine { print(torn) }      // line and byte offset of the torn write
/// let states = AuditReplay(log).finalStates        // every session's last state
/// ```
public struct AuditLog: Sendable, Hashable {
    /// The log's path, for messages.
    public let path: String
    /// Every complete, valid record, in order.
    public let records: [SessionTransition]
    /// The line (from 1) of each record.
    public let lines: [Int]
    /// The torn last line, if a write was cut off.
    public let tornLine: AuditLogError?
    /// Complete lines that are not valid records (damage, not a crash).
    public let malformedLines: [AuditLogError]
    /// The length in bytes of the complete lines: where the torn line starts, or the file's size.
    public let completeLength: Int

    /// Parses a log's bytes.
    ///
    /// - Parameters:
    ///   - bytes: The log.
    ///   - path: Its path, for messages.
    public init(bytes: [UInt8], path: String) {
        self.path = path
        let decoder = JSONDecoder()
        var records: [SessionTransition] = []
        var lines: [Int] = []
        var malformed: [AuditLogError] = []
        var torn: AuditLogError?
        var start = 0
        var line = 0
        while start < bytes.count {
            line += 1
            guard let newline = bytes[start...].firstIndex(of: 0x0A) else {
                torn = AuditLogError.torn(path, line: line, byteOffset: start, length: bytes.count - start)
                break
            }
            do {
                records.append(try decoder.decode(SessionTransition.self, from: Data(bytes[start..<newline])))
                lines.append(line)
            } catch {
                malformed.append(
                    AuditLogError.malformed(path, line: line, byteOffset: start, reason: Self.describe(error)))
            }
            start = newline + 1
        }
        self.records = records
        self.lines = lines
        tornLine = torn
        malformedLines = malformed
        completeLength = torn?.byteOffset ?? bytes.count
    }

    /// Reads a log file.
    ///
    /// - Parameter url: The file.
    /// - Throws: ``AuditLogError`` with code ``AuditLogError/Code/unreadable`` when it cannot be read.
    public init(contentsOf url: URL) throws {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            let reason =
                FileManager.default.fileExists(atPath: url.path) ? "the file cannot be read" : "no such file"
            throw AuditLogError.unreadable(url.path, reason)
        }
        self.init(bytes: Array(data), path: url.path)
    }

    /// The records of one session, in order.
    ///
    /// - Parameter session: The session.
    /// - Returns: Its records.
    public func records(of session: SessionID) -> [SessionTransition] {
        records.filter { $0.session == session }
    }

    /// One JSON line for a transition, with its newline.
    static func line(for transition: SessionTransition, encoder: JSONEncoder) throws -> Data {
        var data = try encoder.encode(transition)
        data.append(0x0A)
        return data
    }

    /// An encoder for log lines: compact, keys in the record's order, slashes unescaped.
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return encoder
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context):
            return context.debugDescription
        case DecodingError.keyNotFound(let key, _):
            return "no \"\(key.stringValue)\""
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return "wrong value at \"\(path)\""
        default:
            return "\(error)"
        }
    }
}
