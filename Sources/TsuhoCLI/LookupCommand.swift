import ArgumentParser
import Tsuho

/// `tsuho lookup`: a word in any language, the concepts it means, in the languages asked for.
struct LookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Look a word up in the dictionary, from any language to any language.",
        discussion: """
            Each result says how it matched: exact, folded (case, width, kana), diacritic-insensitive, \
            traditional-simplified, romaji (against Japanese readings) or typo. Every form shows its \
            review status: draft until a native speaker has reviewed it.
            """)

    @Argument(help: "The word or phrase, or - to read standard input.")
    var term: [String] = []

    @Option(name: .long, help: "The word's language (a tag such as vi), or auto to search every language.")
    var from: String = "auto"

    @Option(name: .long, parsing: .upToNextOption, help: "Languages to show each concept in (default: ja en).")
    var to: [String] = []

    @Option(name: .long, help: "The most results to show.")
    var limit: Int = 5

    @Flag(name: .long, help: "Print JSON instead of text.")
    var json = false

    @OptionGroup var data: DataOptions

    func run() throws {
        let query = try TextInput(text: term).read()
        let lexicon = try data.lexicon()
        let targets = (to.isEmpty ? ["ja", "en"] : to).map { LanguageCode($0) }
        let source = from == "auto" ? nil : LanguageCode(from)
        let results = try CommandFailure.reporting {
            try lexicon.lookup(query, from: source, to: targets, limit: limit)
        }
        if json {
            try JSONOutput.print(results)
            return
        }
        guard !results.isEmpty else {
            print("No concept found for \"\(query)\".")
            throw ExitCode(1)
        }
        for result in results {
            print(
                "\(result.concept.id)  [\(result.concept.domain)]  \(result.match) on \(result.language) \"\(result.form)\""
            )
            for translation in result.translations {
                let forms = translation.entry.forms.isEmpty ? "—" : translation.entry.cellText
                let reading = translation.readings.isEmpty ? "" : "  (\(translation.readings.joined(separator: " | ")))"
                print("  \(translation.language)\t\(forms)\(reading)  [\(translation.entry.status.rawValue)]")
            }
        }
    }
}
