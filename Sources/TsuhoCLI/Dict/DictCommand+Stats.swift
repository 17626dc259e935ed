import ArgumentParser
import Foundation
import Tsuho

extension DictCommand {
    /// `tsuho dict stats`: filled, draft and reviewed cells per language and per domain.
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Count filled, draft and reviewed cells per language and per domain.")

        @Flag(name: .long, help: "Print JSON instead of text.")
        var json = false

        @OptionGroup var data: DataOptions

        func run() throws {
            let lexicon = try data.lexicon()
            let stats = DictionaryStats(lexicon: lexicon)
            if json {
                try JSONOutput.print(stats)
                return
            }
            print("\(stats.concepts) concepts, \(stats.languages.count) languages, data \(lexicon.version)")
            print("")
            print(row("language", "filled", "%", "draft", "reviewed"))
            for language in stats.languages {
                let counts = language.counts
                print(
                    row(
                        language.language.rawValue, "\(counts.filled)/\(counts.total)", percent(counts),
                        "\(counts.draft)", "\(counts.reviewed)"))
            }
            print("")
            print(row("domain", "filled", "%", "draft", "reviewed", first: 14) + "  concepts")
            for domain in stats.domains {
                let counts = domain.counts
                print(
                    row(
                        domain.domain, "\(counts.filled)/\(counts.total)", percent(counts), "\(counts.draft)",
                        "\(counts.reviewed)", first: 14) + "  \(domain.concepts)")
            }
        }

        private func percent(_ counts: DictionaryStats.Counts) -> String {
            String(format: "%.1f", counts.filledShare * 100)
        }

        private func row(_ cells: String..., first: Int = 10) -> String {
            cells.enumerated().map { index, cell in
                let width = index == 0 ? first : 11
                return cell.padding(toLength: max(width, cell.count), withPad: " ", startingAt: 0)
            }.joined(separator: " ")
        }
    }
}
