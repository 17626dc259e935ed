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

    /// The folder to edit: the one given with `--data`, else the current folder when it holds
    /// `Dictionaries/` (a checkout). The bundled copy is never edited.
    func editableLocation() throws -> DataLocation {
        if let data {
            return try DataLocation(folder: URL(fileURLWithPath: data, isDirectory: true))
        }
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        return try DataLocation(folder: current)
    }

    /// The data location: the folder given, or the bundled data.
    func location() throws -> DataLocation {
        guard let data else {
            return try DataLocation.bundled()
        }
        return try DataLocation(folder: URL(fileURLWithPath: data, isDirectory: true))
    }
}
