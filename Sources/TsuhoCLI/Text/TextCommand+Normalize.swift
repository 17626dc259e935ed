import ArgumentParser
import TsuhoText

extension NormalizationForm: ExpressibleByArgument {}

extension TextCommand {
    /// `tsuho text normalize`: a text in NFC, NFD, NFKC, NFKD or NFKC_Casefold.
    struct Normalize: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Normalize a text (NFC, NFD, NFKC, NFKD or NFKC_Casefold).")

        @Option(name: .long, help: "The form: nfc, nfd, nfkc, nfkd or nfkc_cf.")
        var form: NormalizationForm = .nfc

        @OptionGroup var input: TextInput

        struct Output: Encodable {
            let form: NormalizationForm
            let input: String
            let output: String
            let wasNormalized: Bool
        }

        func run() throws {
            let text = try input.read()
            let (normalized, already) = try CommandFailure.reporting {
                (try Normalizer.normalize(text, to: form), try Normalizer.isNormalized(text, in: form))
            }
            if input.json {
                try JSONOutput.print(Output(form: form, input: text, output: normalized, wasNormalized: already))
            } else {
                print(normalized)
            }
        }
    }
}
