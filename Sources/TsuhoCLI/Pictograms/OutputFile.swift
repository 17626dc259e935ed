import ArgumentParser
import Foundation

/// Writes a command's output file, or standard output for `-`.
enum OutputFile {
    /// The lower-case extension of a path ("svg"), or "" for none.
    static func format(of path: String) -> String {
        URL(fileURLWithPath: path).pathExtension.lowercased()
    }

    /// Writes text to a file, or prints it for `-`.
    ///
    /// - Throws: An exit with code 73 (EX_CANTCREAT) when the file cannot be written.
    static func write(_ text: String, to path: String) throws {
        if path == "-" {
            print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CommandFailure.exit(message: "Cannot write \(path): \(error.localizedDescription)", code: 73)
        }
    }
}
