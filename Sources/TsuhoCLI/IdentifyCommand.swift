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

    @OptionGroup var data: DataOptions

    func run() throws {
        let text = try input.read()
        let lexicon = try data.lexicon()
        let guesses = try CommandFailure.reporting {
            try LanguageIdentifier(lexicon: lexicon, profiles: LanguageProfiles.load(location: data.location()))
                .identify(text)
        }
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
