import ArgumentParser
import Foundation
import Tsuho

/// `tsuho pictogram …`: list, show and print the pictograms.
struct PictogramCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pictogram",
        abstract: "List the pictograms, show one, or make a contact sheet of all of them.",
        subcommands: [List.self, Show.self, Sheet.self]
    )

    /// A pictogram as JSON.
    struct Output: Encodable {
        let id: String
        let colour: PictogramColourFamily
        let concepts: [String]
        let standard: String?
        let emoji: String
        let title: [String: String]
        let description: [String: String]
        let file: String?

        init(_ pictogram: Pictogram) {
            id = pictogram.id
            colour = pictogram.colour
            concepts = pictogram.conceptIDs
            standard = pictogram.standard
            emoji = pictogram.emoji
            title = Dictionary(uniqueKeysWithValues: pictogram.titles.map { ($0.key.rawValue, $0.value) })
            description = Dictionary(uniqueKeysWithValues: pictogram.descriptions.map { ($0.key.rawValue, $0.value) })
            file = pictogram.file?.path
        }
    }
}

extension PictogramCommand {
    /// `tsuho pictogram list`: one line per pictogram.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every pictogram: id, colour family, emoji, standard and titles.")

        @Flag(name: .long, help: "Print JSON instead of text.")
        var json = false

        @OptionGroup var data: DataOptions

        func run() throws {
            let catalog = try data.catalog(lexicon: nil)
            if json {
                try JSONOutput.print(catalog.pictograms.map(Output.init))
                return
            }
            for pictogram in catalog.pictograms {
                let standard = pictogram.standard ?? "—"
                print(
                    "\(pictogram.id)\t\(pictogram.colour.rawValue)\t\(pictogram.emoji)\t\(standard)\t\(pictogram.title(in: "en")) / \(pictogram.title(in: "ja"))"
                )
            }
            print("\(catalog.pictograms.count) pictograms.")
        }
    }

    /// `tsuho pictogram show ID`: one pictogram with its concepts in Japanese.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a pictogram: its manifest row, titles, descriptions, concepts and file.")

        @Argument(help: "The pictogram id, such as tsunami-hazard.")
        var id: String

        @Flag(name: .long, help: "Print JSON instead of text.")
        var json = false

        @OptionGroup var data: DataOptions

        /// A concept the pictogram illustrates, with its Japanese forms.
        struct ConceptOutput: Encodable {
            let id: String
            let japanese: TermEntry
            let readings: [String]
            /// "manifest" when the pictogram's row lists it, "dictionary" when only concepts.tsv names
            /// the pictogram.
            let source: String
        }

        /// The JSON output.
        struct ShowOutput: Encodable {
            let pictogram: Output
            let concepts: [ConceptOutput]
        }

        func run() throws {
            let lexicon = try data.lexicon()
            let catalog = try data.catalog(lexicon: lexicon)
            let pictogram = try CommandFailure.reporting { try catalog.pictogram(id: id) }
            var concepts: [ConceptOutput] = []
            for conceptID in pictogram.conceptIDs {
                let concept = try CommandFailure.reporting { try lexicon.concept(id: conceptID) }
                concepts.append(
                    ConceptOutput(
                        id: conceptID, japanese: concept.japanese, readings: concept.readings, source: "manifest"))
            }
            for concept in lexicon.concepts where concept.pictogram == id && !pictogram.conceptIDs.contains(concept.id)
            {
                concepts.append(
                    ConceptOutput(
                        id: concept.id, japanese: concept.japanese, readings: concept.readings, source: "dictionary"))
            }
            if json {
                try JSONOutput.print(ShowOutput(pictogram: Output(pictogram), concepts: concepts))
                return
            }
            print("\(pictogram.id)  \(pictogram.emoji)  [\(pictogram.colour.rawValue)]")
            print("  standard\t\(pictogram.standard ?? "— (Tsuho's own)")")
            for language in ["en", "ja"] {
                print("  title \(language)\t\(pictogram.title(in: LanguageCode(language)))")
            }
            for language in ["en", "ja"] {
                print("  desc \(language)\t\(pictogram.description(in: LanguageCode(language)))")
            }
            print("  concepts")
            for concept in concepts {
                let source = concept.source == "manifest" ? "" : "  (named in concepts.tsv)"
                print(
                    "    \(concept.id)\t\(concept.japanese.cellText) (\(concept.readings.joined(separator: " | "))) [\(concept.japanese.status.rawValue)]\(source)"
                )
            }
            print("  file\t\(pictogram.file?.path ?? "—")")
        }
    }

    /// `tsuho pictogram sheet -o sheet.png`: every pictogram in one picture.
    struct Sheet: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make a contact sheet of every pictogram with its id, as PNG (needs rsvg-convert) or SVG.",
            discussion: "The format follows the extension of -o: .png (via rsvg-convert from librsvg2-bin) or .svg.")

        @Option(
            name: .shortAndLong, help: ArgumentHelp("The file to write: sheet.png or sheet.svg.", valueName: "file"))
        var output: String

        @Option(name: .long, help: "Pictograms per row.")
        var columns: Int = 10

        @Option(name: .long, help: "The side of each pictogram in px.")
        var size: Int = 96

        @OptionGroup var data: DataOptions

        func validate() throws {
            guard columns >= 1 else { throw ValidationError("--columns must be at least 1.") }
            guard (16...1024).contains(size) else { throw ValidationError("--size must be from 16 to 1024 px.") }
        }

        func run() throws {
            let catalog = try data.catalog(lexicon: nil)
            let svg = PictogramSheet(columns: columns, size: Double(size)).svg(catalog.pictograms)
            switch OutputFile.format(of: output) {
            case "svg":
                try OutputFile.write(svg, to: output)
            case "png":
                try RSVGConvert.png(svg, to: URL(fileURLWithPath: output))
            default:
                throw ValidationError("Give -o a file ending in .png or .svg, found \"\(output)\".")
            }
            print("\(catalog.pictograms.count) pictograms → \(output)")
        }
    }
}
