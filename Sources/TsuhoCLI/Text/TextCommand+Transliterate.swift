import ArgumentParser
import TsuhoText

extension TextCommand {
    /// `tsuho text transliterate`: a text through any ICU transform.
    struct Transliterate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Transliterate a text with an ICU transform id.",
            discussion:
                "Examples of ids: Katakana-Latin, Hiragana-Latin, Latin-Katakana, \"Any-Latin; Latin-ASCII\", Traditional-Simplified, Hangul-Latin, Cyrillic-Latin."
        )

        @Option(name: .long, help: "The ICU transform id.")
        var id: String

        @OptionGroup var input: TextInput

        struct Output: Encodable {
            let id: String
            let input: String
            let output: String
        }

        func run() throws {
            let text = try input.read()
            let output = try CommandFailure.reporting { try Transliterator.cached(id: id).transliterate(text) }
            if input.json {
                try JSONOutput.print(Output(id: id, input: text, output: output))
            } else {
                print(output)
            }
        }
    }
}
