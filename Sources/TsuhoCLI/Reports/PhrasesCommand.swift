import ArgumentParser
import Foundation
import Tsuho

/// `tsuho phrases`: the phrasebook, filtered by intent or line.
struct PhrasesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "phrases",
        abstract: "List the call-taker's phrases: id, intent, answer, and the text in a language."
    )

    @Option(name: .long, help: "Only phrases with this intent, or an intent prefix ending in - (ask-).")
    var intent: String?

    @Option(name: .long, help: "Only the key questions of a line, in order: 110 or 119.")
    var line: String?

    @Option(name: .long, help: "Show the text in this language (default ja).")
    var lang: String = "ja"

    @Flag(name: .long, help: "Print JSON instead of text.")
    var json = false

    @OptionGroup var data: DataOptions

    private struct Row: Encodable {
        let id: String
        let domain: String
        let intent: String
        let asks: String?
        let answer: String
        let step: Int?
        let arguments: [String]
        let pictograms: [String]
        let text: String?
        let status: String?
    }

    func run() throws {
        let lexicon = try data.lexicon()
        let phrasebook = try CommandFailure.reporting {
            try Phrasebook(location: data.location(), languages: lexicon.languages)
        }
        var phrases = phrasebook.phrases(intent: intent)
        if let line {
            guard let reportLine = ReportLine(rawValue: line), reportLine != .unknown else {
                throw ValidationError("--line must be 110 or 119.")
            }
            let keys = Set(phrasebook.keyQuestions(for: reportLine).map(\.id))
            phrases = phrasebook.keyQuestions(for: reportLine).filter { keys.contains($0.id) && phrases.contains($0) }
        }
        let code = LanguageCode(lang)
        let rows = phrases.map { phrase in
            Row(
                id: phrase.id, domain: phrase.domain, intent: phrase.intent, asks: phrase.asks?.rawValue,
                answer: phrase.answer.rawValue, step: phrase.step,
                arguments: phrase.arguments.map { "\($0.name):\($0.kind.rawValue)" }, pictograms: phrase.pictograms,
                text: phrase.texts[code]?.pattern, status: phrase.texts[code]?.status.rawValue)
        }
        if json {
            try JSONOutput.print(rows)
            return
        }
        for row in rows {
            let step = row.step.map { "#\($0) " } ?? ""
            print("\(row.id)\t\(step)\(row.intent)\t\(row.text ?? "(no \(lang) text)")\t[\(row.status ?? "-")]")
        }
    }
}
