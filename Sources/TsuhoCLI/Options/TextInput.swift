import ArgumentParser
import Foundation
import TsuhoText

/// The text a command works on: its arguments, or standard input with `-`.
struct TextInput: ParsableArguments {
    @Argument(help: "The text (several arguments are joined with spaces), or - to read standard input.")
    var text: [String] = []

    @Flag(name: .long, help: "Print JSON instead of text.")
    var json = false

    init() {}

    /// Reads the given words (or `-`) the same way, for commands with arguments of their own.
    init(text: [String]) {
        self.text = text
    }

    /// Returns the text: standard input for `-` (refused with exit code 65 when it is not UTF-8),
    /// else the arguments joined with spaces.
    func read() throws -> String {
        if text == ["-"] {
            let bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
            return try CommandFailure.reporting { try UTF8Input.decode(bytes, source: "Standard input") }
        }
        guard !text.isEmpty else {
            throw ValidationError("Give a text, or - to read standard input.")
        }
        return text.joined(separator: " ")
    }
}
