import ArgumentParser
import Foundation
import Tsuho
import TsuhoText

/// `tsuho reply`: a phrase rendered in the caller's language, for the operator to send.
struct ReplyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reply",
        abstract: "Render a phrase in the caller's language, with its numbered answer choices.",
        discussion: """
            Every phrase is draft until a native speaker reviews it; the status is shown. Free Japanese goes only to \
            Japanese callers: for other languages use a phrase or an interpreter. `tsuho phrases` lists the ids.
            """
    )

    @Argument(help: "The phrase id, e.g. q119-breathing.")
    var phrase: String

    @Option(name: .long, help: "The caller's language tag, e.g. vi.")
    var to: String

    @Option(name: .customLong("arg"), help: "An argument as name=value, e.g. --arg count=3. Repeat for several.")
    var arguments: [String] = []

    @Flag(name: .long, help: "Print JSON instead of text.")
    var json = false

    @OptionGroup var data: DataOptions

    func run() throws {
        var values: [String: MessageArgument] = [:]
        for argument in arguments {
            guard let equals = argument.firstIndex(of: "=") else {
                throw ValidationError("--arg takes name=value, not \"\(argument)\".")
            }
            values[String(argument[..<equals])] = MessageArgument(
                parsing: String(argument[argument.index(after: equals)...]))
        }
        let lexicon = try data.lexicon()
        let rendered = try CommandFailure.reporting {
            let phrasebook = try Phrasebook(location: data.location(), languages: lexicon.languages)
            return try phrasebook.render(phrase, in: LanguageCode(to), arguments: values)
        }
        if json {
            try JSONOutput.print(rendered)
            return
        }
        print(rendered.message)
        let pictograms =
            rendered.pictograms.isEmpty ? "" : "  pictograms: \(rendered.pictograms.joined(separator: ", "))"
        FileHandle.standardError.write(Data("[\(rendered.language) \(rendered.status.rawValue)]\(pictograms)\n".utf8))
    }
}
