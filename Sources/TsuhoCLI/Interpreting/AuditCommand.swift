import ArgumentParser
import Foundation
import Tsuho

/// `tsuho audit`: an interpreter router's audit log, read back as a person or a machine needs it.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Show an interpreter router's audit log (JSON Lines) and each session's final state.",
        discussion: """
            Every complete record is shown. A torn last line (a write cut off by a crash, never reported \
            done) is reported with its line and byte offset and the command still succeeds; damaged lines \
            and records that do not follow from the ones before them exit with 65.
            """)

    @Argument(help: "The audit log.")
    var file: String

    @Option(name: .long, help: "Show only this session.")
    var session: String?

    @Flag(name: .long, help: "Print JSON instead of text.")
    var json = false

    struct Output: Encodable {
        let records: [SessionTransition]
        let finalStates: [String: SessionState]
        let tornLine: Problem?
        let problems: [Problem]
    }

    struct Problem: Encodable {
        let line: Int?
        let byteOffset: Int?
        let message: String

        init(_ error: AuditLogError) {
            line = error.line
            byteOffset = error.byteOffset
            message = error.message
        }
    }

    func run() throws {
        let log = try InterpretingFailure.reporting { try AuditLog(contentsOf: URL(fileURLWithPath: file)) }
        let replay = AuditReplay(log)
        let wanted = session.map { SessionID($0) }
        let records = wanted.map { log.records(of: $0) } ?? log.records
        var states = replay.finalStates
        if let wanted {
            states = states.filter { $0.key == wanted }
            guard !records.isEmpty else {
                throw CommandFailure.exit(message: "\(file): no record of session \(wanted).", code: 1)
            }
        }
        let problems = log.malformedLines + replay.problems
        if json {
            try JSONOutput.print(
                Output(
                    records: records,
                    finalStates: Dictionary(uniqueKeysWithValues: states.map { ($0.key.rawValue, $0.value) }),
                    tornLine: log.tornLine.map(Problem.init), problems: problems.map(Problem.init)))
        } else {
            for record in records {
                print(Self.describe(record))
            }
            if !states.isEmpty {
                print("final states:")
                for id in replay.order where states[id] != nil {
                    print("  \(id)\t\(states[id].map(\.description) ?? "")")
                }
            }
        }
        if let torn = log.tornLine {
            FileHandle.standardError.write(Data("tsuho: warning: \(torn.message)\n".utf8))
        }
        for problem in problems {
            FileHandle.standardError.write(Data("tsuho: \(problem.message)\n".utf8))
        }
        if !problems.isEmpty {
            throw ExitCode(65)
        }
    }

    /// One record as a line: time, session, change, who and why.
    static func describe(_ record: SessionTransition) -> String {
        var line = TokyoTime.format(record.time, milliseconds: true) + "  \(record.session)  "
        line += (record.from.map(\.description) ?? "new") + " → \(record.to)  by \(record.by)  (\(record.why)"
        if let route = record.route {
            line += ", \(route)"
        }
        if let request = record.request {
            line += ", \(request.language) on \(request.line), \(request.urgency)"
        }
        return line + ")"
    }
}
