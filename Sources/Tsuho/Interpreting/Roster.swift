public import Foundation

/// The interpreters a router may call on, read from a roster file (UTF-8 TSV, documented in
/// `docs/roster-format.md`).
///
/// ```swift
/// let roster = try Roster(contentsOf: URL(fileURLWithPath: "Examples/roster.tsv"))
/// roster.interpreters.count
/// roster.interpreter("tokyo-en-01")?.schedule.isOnDuty(at: Date())
/// ```
public struct Roster: Sendable, Hashable {
    /// The columns of a roster file's header, in order.
    public static let header = ["id", "centre", "languages", "schedule", "exceptions", "max_sessions", "contact"]

    /// The interpreters, in file order.
    public let interpreters: [Interpreter]
    /// Warnings, and in lenient mode the errors of the rows that were left out.
    public let diagnostics: [Diagnostic]

    private let positions: [InterpreterID: Int]

    /// Creates a roster from interpreters.
    ///
    /// - Parameter interpreters: The interpreters.
    /// - Throws: ``RosterError`` with code ``RosterError/Code/duplicateInterpreter`` when two share an id.
    public init(interpreters: [Interpreter]) throws {
        var positions: [InterpreterID: Int] = [:]
        for (position, interpreter) in interpreters.enumerated() {
            guard positions.updateValue(position, forKey: interpreter.id) == nil else {
                throw RosterError.duplicate(interpreter.id)
            }
        }
        self.interpreters = interpreters
        self.positions = positions
        diagnostics = []
    }

    /// Parses a roster file's bytes.
    ///
    /// - Parameters:
    ///   - bytes: The file's bytes.
    ///   - file: The file's name in diagnostics.
    ///   - mode: ``LoadingMode/strict`` refuses a roster with any error; ``LoadingMode/lenient`` keeps
    ///     every good row and reports the rest in ``diagnostics``.
    /// - Throws: ``RosterError`` with code ``RosterError/Code/malformedData`` listing every error.
    public init(bytes: [UInt8], file: String, mode: LoadingMode = .strict) throws {
        let table = TSVTable(bytes: bytes, file: file, header: Self.header)
        var diagnostics = table.diagnostics
        var interpreters: [Interpreter] = []
        var positions: [InterpreterID: Int] = [:]
        var lines: [InterpreterID: Int] = [:]
        for row in table.rows {
            switch Self.parseRow(row) {
            case .interpreter(let interpreter):
                if let first = lines[interpreter.id] {
                    diagnostics.append(
                        Diagnostic(
                            file: file, line: row.line, column: 1, severity: .error,
                            message: "id: duplicate id \"\(interpreter.id)\" (first on line \(first))."))
                    continue
                }
                lines[interpreter.id] = row.line
                positions[interpreter.id] = interpreters.count
                interpreters.append(interpreter)
            case .problems(let problems):
                let columns = row.columns
                for problem in problems {
                    diagnostics.append(
                        Diagnostic(
                            file: file, line: row.line, column: columns[problem.column], severity: .error,
                            message: "\(Self.header[problem.column]): \(problem.message)"))
                }
            }
        }
        if mode == .strict, diagnostics.contains(where: { $0.severity == .error }) {
            throw RosterError.malformed(diagnostics, file: file)
        }
        self.interpreters = interpreters
        self.positions = positions
        self.diagnostics = diagnostics
    }

    /// Reads and parses a roster file.
    ///
    /// - Parameters:
    ///   - url: The file.
    ///   - mode: How to treat malformed rows.
    /// - Throws: ``DataError`` when the file cannot be read; ``RosterError`` when it is malformed.
    public init(contentsOf url: URL, mode: LoadingMode = .strict) throws {
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw DataError.missing("roster", path: url.path)
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw DataError.unreadable(path: url.path, reason: "the file cannot be read")
        }
        try self.init(bytes: Array(data), file: url.relativePath, mode: mode)
    }

    /// The interpreter with an id, or `nil`.
    ///
    /// - Parameter id: The id.
    /// - Returns: The interpreter.
    public func interpreter(_ id: InterpreterID) -> Interpreter? {
        positions[id].map { interpreters[$0] }
    }

    /// The position of an interpreter in ``interpreters``.
    func position(of id: InterpreterID) -> Int? {
        positions[id]
    }

    /// Every language some interpreter speaks, sorted.
    public var languages: [LanguageCode] {
        Set(interpreters.flatMap { $0.skills.map(\.language) }).sorted()
    }

    /// A problem with one cell of a row.
    private struct CellProblem {
        let column: Int
        let message: String
    }

    /// What a row gave.
    private enum ParsedRow {
        case interpreter(Interpreter)
        case problems([CellProblem])
    }

    /// The interpreter a row describes, or every problem with its cells.
    private static func parseRow(_ row: TSVRow) -> ParsedRow {
        let cells = row.cells.map { $0.trimmingCharacters(in: .whitespaces) }
        var problems: [CellProblem] = []
        if !isInterpreterID(cells[0]) {
            problems.append(
                CellProblem(
                    column: 0,
                    message: cells[0].isEmpty
                        ? "the id is empty."
                        : "the id \"\(cells[0])\" may only hold ASCII letters, digits, '-', '_' and '.'."))
        }
        if cells[1].isEmpty {
            problems.append(CellProblem(column: 1, message: "the centre is empty."))
        }
        var skills: [LanguageSkill] = []
        switch parseSkills(cells[2]) {
        case .success(let parsed): skills = parsed
        case .failure(let error): problems.append(CellProblem(column: 2, message: error.message + "."))
        }
        var shifts: [Shift] = []
        switch WeeklySchedule.parseShifts(cells[3]) {
        case .success(let parsed): shifts = parsed
        case .failure(let error): problems.append(CellProblem(column: 3, message: error.message + "."))
        }
        var exceptions: [ScheduleException] = []
        switch WeeklySchedule.parseExceptions(cells[4]) {
        case .success(let parsed): exceptions = parsed
        case .failure(let error): problems.append(CellProblem(column: 4, message: error.message + "."))
        }
        let maxSessions = Int(cells[5]) ?? 0
        if !(1...99).contains(maxSessions) || !cells[5].allSatisfy(\.isASCIIDigit) {
            problems.append(
                CellProblem(column: 5, message: "expected a whole number from 1 to 99, found \"\(cells[5])\"."))
        }
        let contact = ContactURI(rawValue: cells[6])
        if let problem = ContactURI.problem(with: cells[6]) {
            problems.append(CellProblem(column: 6, message: problem))
        }
        guard problems.isEmpty, let contact else {
            return .problems(problems)
        }
        return .interpreter(
            Interpreter(
                id: InterpreterID(cells[0]), centre: cells[1], skills: skills,
                schedule: WeeklySchedule(shifts: shifts, exceptions: exceptions), maxSessions: maxSessions,
                contact: contact))
    }

    /// Parses a languages cell: `tag:level` items separated by `|`.
    static func parseSkills(_ cell: String) -> Result<[LanguageSkill], RosterCellError> {
        var skills: [LanguageSkill] = []
        for item in cell.split(separator: "|", omittingEmptySubsequences: false) {
            let text = item.trimmingCharacters(in: .whitespaces)
            let parts = text.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2 else {
                return .failure(
                    RosterCellError("expected \"tag:level\" (such as \"vi:native\"), found \"\(text)\""))
            }
            guard isLanguageTag(parts[0]) else {
                return .failure(RosterCellError("\"\(parts[0])\" is not a BCP 47 language tag"))
            }
            guard let level = SkillLevel(rawValue: String(parts[1])) else {
                return .failure(
                    RosterCellError("the level must be native, professional or relay-only, found \"\(parts[1])\""))
            }
            let language = LanguageCode(String(parts[0]))
            guard !skills.contains(where: { $0.language == language }) else {
                return .failure(RosterCellError("\(language) is given twice"))
            }
            skills.append(LanguageSkill(language: language, level: level))
        }
        return .success(skills)
    }

    /// True for ids of ASCII letters, digits, `-`, `_` and `.`.
    static func isInterpreterID(_ text: String) -> Bool {
        !text.isEmpty
            && text.utf8.allSatisfy { byte in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                    UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
                    true
                default: false
                }
            }
    }

    /// True for a tag shaped like BCP 47: 2 to 8 letters, then subtags of 1 to 8 letters or digits.
    static func isLanguageTag(_ text: some StringProtocol) -> Bool {
        let subtags = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = subtags.first, (2...8).contains(first.count),
            first.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return false }
        return subtags.dropFirst().allSatisfy { subtag in
            (1...8).contains(subtag.count) && subtag.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }
}
