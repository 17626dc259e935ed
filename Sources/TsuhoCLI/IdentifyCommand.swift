import ArgumentParser
import Foundation
import Tsuho

/// `tsuho identify`: the languages a text may be in, best first, with confidences.
struct IdentifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "identify",
        abstract: "Rank the languages a text may be written in, with confidences.",
        discussion:
            "Below a confidence of \(LanguageIdentifier.confidentThreshold) a guess is not to be acted on alone: route to an interpreter."
    )

    @OptionGroup var input: TextInput

    @Flag(name: .long, help: "Print the language of each part of a mixed text (with --json: an array of segments).")
    var segments = false

    @OptionGroup var data: DataOptions

    func run() throws {
        let text = try input.read()
        let lexicon = try data.lexicon()
        let identifier = try CommandFailure.reporting {
            try LanguageIdentifier(lexicon: lexicon, profiles: LanguageProfiles.load(location: data.location()))
        }
        let terms = try CommandFailure.reporting { try TermSpotter.cached(lexicon).spot(text) }
        if segments {
            let parts = try CommandFailure.reporting { try identifier.segments(text, terms: terms) }
            if input.json {
                try JSONOutput.print(parts)
                return
            }
            for part in parts {
                let best = part.guesses.first.map { "\($0.language) \(String(format: "%.3f", $0.confidence))" }
                print("\(part.utf8Range.lowerBound)..<\(part.utf8Range.upperBound)\t\(best ?? "unknown")\t\(part.text)")
            }
            return
        }
        let guesses = try CommandFailure.reporting { try identifier.identify(text, terms: terms) }
        if input.json {
            try JSONOutput.print(guesses)
            return
        }
        guard let best = guesses.first else {
            print("unknown (no letters)")
            return
        }
        for guess in guesses.prefix(5) {
            print("\(guess.language)\t\(String(format: "%.3f", guess.confidence))")
        }
        if best.confidence < LanguageIdentifier.confidentThreshold {
            print("uncertain: route to an interpreter")
        }
    }
}
