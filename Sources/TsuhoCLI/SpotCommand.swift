import ArgumentParser
import Tsuho

/// `tsuho spot`: every dictionary term in a caller's text, with Japanese glosses.
struct SpotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spot",
        abstract: "Find the dictionary terms in a text, in every language at once, with Japanese glosses.")

    @OptionGroup var input: TextInput

    @Flag(name: .long, help: "List overlapping matches too.")
    var all = false

    @OptionGroup var data: DataOptions

    struct Output: Encodable {
        let term: SpottedTerm
        let japanese: TermEntry
        let readings: [String]
    }

    func run() throws {
        let text = try input.read()
        let lexicon = try data.lexicon()
        let terms = try CommandFailure.reporting {
            try TermSpotter.cached(lexicon).spot(text, allOverlaps: all)
        }
        let glossed = try terms.map { term in
            let concept = try lexicon.concept(id: term.conceptID)
            return Output(term: term, japanese: concept.japanese, readings: concept.readings)
        }
        if input.json {
            try JSONOutput.print(glossed)
            return
        }
        for item in glossed {
            let term = item.term
            let range = "\(term.utf8Range.lowerBound)..<\(term.utf8Range.upperBound)"
            print(
                "\(range)\t\(term.text)\t\(term.language) \(term.match)\t\(term.conceptID)\t\(item.japanese.cellText) (\(item.readings.joined(separator: " | "))) [\(item.japanese.status.rawValue)]"
            )
        }
        if glossed.isEmpty {
            print("No dictionary terms found.")
        }
    }
}
