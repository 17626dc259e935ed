/// An error loading an interpreter roster: a malformed file, a bad cell, or two interpreters with one id.
///
/// A malformed roster carries every ``Diagnostic`` found, each naming the file, line, column and field
/// (`Examples/roster.tsv:12:34: error: schedule: unknown day "fry" …`), so all can be fixed at once.
public struct RosterError: Error, Hashable, Sendable, CustomStringConvertible {
    fileprivate enum Kind: Hashable, Sendable {
        case malformedData
        case duplicateInterpreter
    }

    /// What kind of failure this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        fileprivate let kind: Kind

        /// The roster, or a cell of it, is not in the documented format; see ``RosterError/diagnostics``.
        public static let malformedData = Code(kind: .malformedData)
        /// Two interpreters share an id.
        public static let duplicateInterpreter = Code(kind: .duplicateInterpreter)

        /// The code's name.
        public var description: String { "\(kind)" }
    }

    /// What kind of failure this is.
    public let code: Code
    /// One English sentence, or for a malformed file a summary followed by every diagnostic.
    public let message: String
    /// For a malformed file, every problem found.
    public let diagnostics: [Diagnostic]

    /// The ``message``.
    public var description: String { message }

    static func malformed(_ diagnostics: [Diagnostic], file: String) -> RosterError {
        let errors = diagnostics.filter { $0.severity == .error }
        let lines = errors.map(\.description).joined(separator: "\n")
        return RosterError(
            code: .malformedData,
            message: "The roster \(file) has \(errors.count) error\(errors.count == 1 ? "" : "s"):\n\(lines)",
            diagnostics: diagnostics)
    }

    static func malformed(field: String, _ reason: String) -> RosterError {
        RosterError(code: .malformedData, message: "\(field): \(reason).", diagnostics: [])
    }

    static func duplicate(_ id: InterpreterID) -> RosterError {
        RosterError(
            code: .duplicateInterpreter, message: "Two interpreters have the id \"\(id)\".", diagnostics: [])
    }
}
