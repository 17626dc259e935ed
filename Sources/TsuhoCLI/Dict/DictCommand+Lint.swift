import ArgumentParser
import Foundation
import Tsuho

extension DictCommand {
    /// `tsuho dict lint`: every problem in the dictionary files, as `file:line:column: message`.
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the dictionary and pictogram files; exits non-zero when there are errors.")

        @Flag(name: .long, help: "Print JSON instead of text.")
        var json = false

        @Flag(name: .long, help: "Only print errors, not warnings.")
        var errorsOnly = false

        @OptionGroup var data: DataOptions

        func run() throws {
            let location = try CommandFailure.reporting { try data.location() }
            let files = try CommandFailure.reporting { try DictionaryFiles(location: location) }
            // The pictograms are checked with the dictionary when the data folder has them.
            let pictograms = try CommandFailure.reporting { () -> PictogramFiles? in
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: location.pictograms.path, isDirectory: &isDirectory),
                    isDirectory.boolValue
                else { return nil }
                return try PictogramFiles(location: location)
            }
            var diagnostics = try CommandFailure.reporting {
                try DictionaryLinter(files: files, pictograms: pictograms).lint()
            }
            // The phrasebook and the triage rules are checked against the dictionary when it loads.
            if let lexicon = try? Lexicon(location: location, mode: .lenient) {
                let manifest = try? PictogramCatalog(location: location, mode: .lenient)
                diagnostics += try CommandFailure.reporting {
                    try PhrasebookLinter(
                        location: location, languages: lexicon.languages,
                        conceptIDs: Swift.Set(lexicon.concepts.map(\.id)),
                        pictogramIDs: manifest.map { Swift.Set($0.pictograms.map(\.id)) }
                    ).lint()
                }
            }
            let shown = errorsOnly ? diagnostics.filter { $0.severity == .error } : diagnostics
            let errors = diagnostics.filter { $0.severity == .error }.count
            let warnings = diagnostics.count - errors
            if json {
                try JSONOutput.print(shown)
            } else {
                for diagnostic in shown {
                    print(diagnostic)
                }
                print("\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s").")
            }
            if errors > 0 {
                throw ExitCode(1)
            }
        }
    }
}
