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
        self.init(bytes: Array(data), path: url.relativePath)
    }

    /// The records of one session, in order.
    ///
    /// - Parameter session: The session.
    /// - Returns: Its records.
    public func records(of session: SessionID) -> [SessionTransition] {
        records.filter { $0.session == session }
    }

    /// One JSON line for a transition, with its newline: keys always in the documented order (`time`,
    /// `session`, `from`, `to`, `by`, `why`, then `route` or `language`, `line`, `urgency`), so a log
    /// reads the same everywhere and diffs cleanly.
    ///
    /// - Parameter transition: The transition.
    /// - Returns: The line, UTF-8.
    public static func line(for transition: SessionTransition) -> String {
        var line = "{\"time\":" + quoted(TokyoTime.format(transition.time, milliseconds: true))
        line += ",\"session\":" + quoted(transition.session.rawValue)
        line += ",\"from\":" + (transition.from.map(object(for:)) ?? "null")
        line += ",\"to\":" + object(for: transition.to)
        line += ",\"by\":" + quoted(transition.by.description)
        line += ",\"why\":" + quoted(transition.why.rawValue)
        switch transition.route {
        case .direct(let level):
            line += ",\"route\":{\"kind\":\"direct\",\"level\":" + quoted(level.rawValue) + "}"
        case .relay(let language, let level):
            line +=
                ",\"route\":{\"kind\":\"relay\",\"through\":" + quoted(language.rawValue) + ",\"level\":"
                + quoted(level.rawValue) + "}"
        case nil:
            break
        }
        if let request = transition.request {
            line +=
                ",\"language\":" + quoted(request.language.rawValue) + ",\"line\":" + quoted(request.line.rawValue)
                + ",\"urgency\":" + quoted(request.urgency.rawValue)
        }
        return line + "}\n"
    }

    private static func object(for state: SessionState) -> String {
        var object = "{\"state\":" + quoted(state.name)
        if let interpreter = state.interpreter {
            object += ",\"interpreter\":" + quoted(interpreter.rawValue)
        }
        if let reason = state.endReason {
            object += ",\"reason\":" + quoted(reason.rawValue)
        }
        return object + "}"
    }

    /// A JSON string: quotes, backslashes and control characters escaped, everything else as it is.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
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
