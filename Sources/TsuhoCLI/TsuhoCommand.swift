import ArgumentParser
import Foundation
import Tsuho

/// The `tsuho` command: operators translate text reports; maintainers work on the dictionary.
@main
struct TsuhoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tsuho",
        abstract: "Multilingual emergency text reports for Japanese 110/119 call-takers.",
        discussion: """
            Tsuho assists call-takers; it never replaces calling 110 (police) or 119 (fire and ambulance).
            Every translation shows its review status; uncertain text goes to a human interpreter.
            """,
        subcommands: [
            TranslateCommand.self, ReplyCommand.self, PhrasesCommand.self, LookupCommand.self, SpotCommand.self,
            IdentifyCommand.self, DictCommand.self, TextCommand.self, PictogramCommand.self, CardCommand.self,
            RouteCommand.self, SimulateCommand.self, AuditCommand.self,
        ]
    )

    @Flag(name: .long, help: "Show the versions of Tsuho, ICU, Unicode and the data, then exit.")
    var version = false

    @OptionGroup var data: DataOptions

    func run() throws {
        guard version else {
            throw CleanExit.helpRequest(self)
        }
        let location = try CommandFailure.reporting { try data.location() }
        let dataVersion = try CommandFailure.reporting { try location.version() }
        let source = location.isBundled ? "bundled" : location.root.path
        print("tsuho \(TsuhoVersion.library)")
        print("ICU \(TsuhoVersion.icu), Unicode \(TsuhoVersion.unicode)")
        print("data \(dataVersion) (\(source))")
    }
}
