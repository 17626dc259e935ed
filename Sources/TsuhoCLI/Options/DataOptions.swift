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

    /// The data location: the folder given, or the bundled data.
    func location() throws -> DataLocation {
        guard let data else {
            return try DataLocation.bundled()
        }
        return try DataLocation(folder: URL(fileURLWithPath: data, isDirectory: true))
    }
}
