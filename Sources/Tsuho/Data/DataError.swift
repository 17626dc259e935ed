/// An error reading Tsuho's data folders: a missing folder or file, or a file that cannot be read.
///
/// The message names the path, and the line and column where a file is malformed.
public struct DataError: Error, Hashable, Sendable, CustomStringConvertible {
    fileprivate enum Kind: Hashable, Sendable {
        case missing
        case unreadable
        case malformed
    }

    /// What kind of failure this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        fileprivate let kind: Kind

        /// A folder or file does not exist.
        public static let missing = Code(kind: .missing)
        /// A file exists but cannot be read.
        public static let unreadable = Code(kind: .unreadable)
        /// A file's content is not in the expected format.
        public static let malformed = Code(kind: .malformed)

        /// The code's name, such as `unknownTransform`.
        public var description: String { "\(kind)" }
    }

    /// What kind of failure this is.
    public let code: Code
    /// One English sentence naming what failed and where.
    public let message: String

    /// The ``message``.
    public var description: String { message }

    static func missing(_ what: String, path: String, hint: String = "") -> DataError {
        DataError(code: .missing, message: "Missing \(what): \(path).\(hint.isEmpty ? "" : " \(hint)")")
    }

    static func unreadable(path: String, reason: String) -> DataError {
        DataError(code: .unreadable, message: "Cannot read \(path): \(reason).")
    }

    static func malformed(path: String, line: Int, column: Int, reason: String) -> DataError {
        DataError(code: .malformed, message: "\(path):\(line):\(column): \(reason)")
    }
}
