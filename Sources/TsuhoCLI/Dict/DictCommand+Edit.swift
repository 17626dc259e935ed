import ArgumentParser
import Foundation
import Tsuho

extension DictCommand {
    /// `tsuho dict add`: a new concept at the end of concepts.tsv.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a concept (Japanese forms with readings) to concepts.tsv.",
            discussion: "Example: tsuho dict add gas-leak-smell --domain fire --ja \"ガス臭い\" --reading \"がすくさい\"")

        @Argument(help: "The new concept's id, kebab-case.")
        var id: String

        @Option(name: .long, help: "The domain (evacuation, fire, symptom, station, …).")
        var domain: String

        @Option(name: .long, help: "Japanese forms, separated by \" | \".")
        var ja: String

        @Option(name: .long, help: "The hiragana reading of each Japanese form, separated by \" | \".")
        var reading: String

        @Option(name: .long, help: "term or phrase.")
        var kind: String = "term"

        @Option(name: .long, help: "A pictogram id.")
        var pictogram: String?

        @Option(name: .long, help: "A note for translators.")
        var note: String = ""

        @OptionGroup var data: DataOptions

        func run() throws {
            guard let conceptKind = ConceptKind(rawValue: kind) else {
                throw ValidationError("--kind must be term or phrase.")
            }
            let concept = Concept(
                id: id, kind: conceptKind, domain: domain,
                japanese: TermEntry(forms: TermEntry.forms(inCell: ja), status: .draft),
                readings: TermEntry.forms(inCell: reading), pictogram: pictogram, notes: note)
            try CommandFailure.reporting { try DictionaryEditor(location: data.editableLocation()).add(concept) }
            print("Added \(id) to concepts.tsv.")
        }
    }

    /// `tsuho dict set`: a concept's forms in one language.
    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set a concept's forms in one language; the cell becomes draft.",
            discussion:
                "Example: tsuho dict set fire vi \"hỏa hoạn | cháy\". A reviewed cell is only changed with --overwrite-reviewed."
        )

        @Argument(help: "The concept id.")
        var id: String

        @Argument(help: "The language tag.")
        var language: String

        @Argument(help: "The forms, separated by \" | \".")
        var forms: String

        @Option(name: .long, help: "For ja: the reading of each form, separated by \" | \".")
        var reading: String?

        @Option(name: .long, help: "A note for reviewers.")
        var note: String?

        @Flag(name: .long, help: "Change a reviewed cell (it becomes draft again).")
        var overwriteReviewed = false

        @OptionGroup var data: DataOptions

        func run() throws {
            let change = CellChange(
                conceptID: id, language: LanguageCode(language), forms: TermEntry.forms(inCell: forms),
                readings: reading.map { TermEntry.forms(inCell: $0) }, note: note)
            let report = try CommandFailure.reporting {
                try DictionaryEditor(location: data.editableLocation()).apply(
                    [change], overwriteReviewed: overwriteReviewed)
            }
            try EditOutput.print(report)
        }
    }

    /// `tsuho dict review`: mark cells reviewed by a native speaker.
    struct Review: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Mark a language's cells as reviewed by a native speaker.")

        @Argument(help: "The language tag.")
        var language: String

        @Argument(help: "The concept ids.")
        var ids: [String]

        @OptionGroup var data: DataOptions

        func run() throws {
            let changes = ids.map { CellChange(conceptID: $0, language: LanguageCode(language), status: .reviewed) }
            let report = try CommandFailure.reporting {
                try DictionaryEditor(location: data.editableLocation()).apply(changes)
            }
            try EditOutput.print(report)
        }
    }
}

/// Prints an edit report and fails when there were conflicts.
enum EditOutput {
    static func print(_ report: EditReport) throws {
        for cell in report.changed {
            Swift.print("changed \(cell)")
        }
        for conflict in report.conflicts {
            Swift.print("conflict \(conflict)")
        }
        Swift.print(
            "\(report.changed.count) changed, \(report.unchanged) unchanged, \(report.conflicts.count) conflicts.")
        if !report.conflicts.isEmpty {
            throw ExitCode(1)
        }
    }
}
