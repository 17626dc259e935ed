import ArgumentParser
import Foundation
import Tsuho
import TsuhoText

extension ExchangeFormat: ExpressibleByArgument {}

extension DictCommand {
    /// `tsuho dict export`: the whole dictionary as CSV, TBX-Basic or JSON.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export the dictionary as CSV, TBX-Basic (ISO 30042) or JSON.")

        @Option(name: .long, help: "csv, tbx or json.")
        var format: ExchangeFormat

        @Option(name: [.short, .long], help: "Write to this file instead of standard output.")
        var output: String?

        @OptionGroup var data: DataOptions

        func run() throws {
            let lexicon = try data.lexicon()
            let text = try DictionaryExporter(lexicon: lexicon).export(format)
            if let output {
                try CommandFailure.reporting {
                    try Data(text.utf8).write(to: URL(fileURLWithPath: output))
                }
            } else {
                print(text, terminator: "")
            }
        }
    }

    /// `tsuho dict import`: apply a CSV or TBX file; reviewed cells are never overwritten silently.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import a CSV or TBX file into the dictionary files.",
            discussion:
                "A row that would change a reviewed cell is reported as a conflict and not applied (exit code 1), unless --overwrite-reviewed is given."
        )

        @Argument(help: "The file to import, or - for standard input.")
        var file: String

        @Option(name: .long, help: "csv or tbx.")
        var format: ExchangeFormat

        @Flag(name: .long, help: "Apply changes to reviewed cells too.")
        var overwriteReviewed = false

        @OptionGroup var data: DataOptions

        func run() throws {
            let bytes: [UInt8]
            if file == "-" {
                bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
            } else {
                guard let contents = FileManager.default.contents(atPath: file) else {
                    throw CommandFailure.exit(message: "Cannot read \(file).", code: 66)
                }
                bytes = Array(contents)
            }
            let report = try CommandFailure.reporting {
                let text = try UTF8Input.decode(bytes, source: file)
                return try DictionaryImporter(location: data.editableLocation()).importText(
                    text, format: format, file: file, overwriteReviewed: overwriteReviewed)
            }
            try EditOutput.print(report)
        }
    }

    /// `tsuho dict diff`: cells added, removed and changed between two data folders.
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the cells added, removed and changed between two data folders, per language.")

        @Argument(help: "The old data folder (holding Dictionaries/).")
        var old: String

        @Argument(help: "The new data folder.")
        var new: String

        @Flag(name: .long, help: "Print JSON instead of text.")
        var json = false

        func run() throws {
            let (before, after) = try CommandFailure.reporting {
                (
                    try Lexicon(location: DataLocation(folder: URL(fileURLWithPath: old))),
                    try Lexicon(location: DataLocation(folder: URL(fileURLWithPath: new)))
                )
            }
            let diff = DictionaryDiff(old: before, new: after)
            if json {
                try JSONOutput.print(diff)
                return
            }
            for language in diff.languages {
                print(
                    "\(language.language): \(language.added) added, \(language.removed) removed, \(language.changed) changed"
                )
                for change in language.changes {
                    let old = change.old.map { "\"\($0.cellText)\" [\($0.status.rawValue)]" } ?? "—"
                    let new = change.new.map { "\"\($0.cellText)\" [\($0.status.rawValue)]" } ?? "—"
                    print("  \(change.kind.rawValue) \(change.conceptID): \(old) → \(new)")
                }
            }
            if diff.languages.isEmpty {
                print("No differences.")
            }
        }
    }
}
