import ArgumentParser
import Foundation
import Tsuho

/// `tsuho translate`: the operator's main job: a caller's text report in, the operator's view out.
struct TranslateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translate",
        abstract:
            "Read a caller's text report and show it to the operator in Japanese: language, line, incident, urgency, facts, next questions.",
        discussion: """
            Reads the text from the arguments, or the raw bytes from standard input with -. With --batch, reads
            JSON Lines from standard input, one report per line: {"id": "R-1", "line": "119", "message": "…",
            "language": "vi", "channel": "sms", "received": "2026-11-22T05:00:00Z", "location": {"latitude": 35.69,
            "longitude": 139.70, "accuracy": 30, "text": "…"}} (only "message" is required), and writes one JSON
            operator view per line; a bad line gives {"line": N, "error": "…"} and the rest go on.
            """
    )

    @Argument(help: "The caller's text, or - to read its bytes from standard input.")
    var text: [String] = []

    @Option(name: .long, help: "The number the report reached: 110, 119 or unknown.")
    var line: String = "unknown"

    @Option(name: .long, help: "The caller's language if the channel knows it, or auto.")
    var lang: String = "auto"

    @Option(name: .long, help: "The largest message accepted, in bytes.")
    var maxBytes: Int = IntakeScreening.defaultMaxMessageBytes

    @Flag(name: .long, help: "Print JSON instead of Japanese text.")
    var json = false

    @Flag(name: .long, help: "Read JSON Lines reports from standard input and write one JSON view per line.")
    var batch = false

    @OptionGroup var data: DataOptions

    func validate() throws {
        guard ReportLine(rawValue: line) != nil else {
            throw ValidationError("--line must be 110, 119 or unknown, not \"\(line)\".")
        }
        if batch, !text.isEmpty { throw ValidationError("--batch reads standard input; give no text.") }
        if !batch, text.isEmpty { throw ValidationError("Give the caller's text, or - to read standard input.") }
    }

    func run() throws {
        let translator = try CommandFailure.reporting {
            try ReportTranslator(
                location: data.location(), screening: IntakeScreening(maxMessageBytes: maxBytes),
                spotterCache: TermSpotter.defaultCacheDirectory)
        }
        if batch {
            try BatchTranslation(translator: translator).run(input: FileHandle.standardInput)
            return
        }
        let bytes: [UInt8] =
            text == ["-"]
            ? Array(FileHandle.standardInput.readDataToEndOfFile()) : Array(text.joined(separator: " ").utf8)
        let report = Report(
            id: "cli", line: ReportLine(rawValue: line) ?? .unknown, channel: "cli",
            languageHint: lang == "auto" ? nil : LanguageCode(lang), message: bytes)
        let view = try CommandFailure.reporting { try translator.translate(report) }
        if json {
            try JSONOutput.print(view)
        } else {
            print(view.japaneseText)
        }
    }
}
