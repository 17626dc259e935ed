import ArgumentParser
import Foundation
import Tsuho

/// The `--data DIR` option that every command reading data takes.
struct DataOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "A data folder with Dictionaries/ and Pictograms/ to use instead of the bundled data.",
            valueName: "dir"))
    var data: String?

    @Flag(
        name: .long,
        help: "Keep every good row of malformed dictionary files and report the others, instead of refusing the data.")
    var lenient = false

    /// The folder to edit: the one given with `--data`, else the current folder when it holds
    /// `Dictionaries/` (a checkout). The bundled copy is never edited.
    func editableLocation() throws -> DataLocation {
        if let data {
            return try DataLocation(folder: URL(fileURLWithPath: data, isDirectory: true))
        }
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        return try DataLocation(folder: current)
    }

    /// Loads the dictionary, strictly or (with `--lenient`) keeping every good row; in lenient mode the
    /// rows left out are reported on standard error.
    func lexicon() throws -> Lexicon {
        let lexicon = try CommandFailure.reporting {
            try Lexicon(location: location(), mode: lenient ? .lenient : .strict)
        }
        for diagnostic in lexicon.diagnostics where diagnostic.severity == .error {
            FileHandle.standardError.write(Data("tsuho: \(diagnostic)\n".utf8))
        }
        return lexicon
    }

    /// The data location: the folder given, or the bundled data.
    func location() throws -> DataLocation {
        guard let data else {
            return try DataLocation.bundled()
        }
        return try DataLocation(folder: URL(fileURLWithPath: data, isDirectory: true))
    }
}
