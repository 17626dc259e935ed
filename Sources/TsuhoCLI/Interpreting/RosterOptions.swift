import ArgumentParser
import Foundation
import Tsuho

/// The `--roster FILE` option, with the language list from `--data` (relay languages).
struct RosterOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The interpreter roster (UTF-8 TSV, see docs/roster-format.md), such as Examples/roster.tsv.",
            valueName: "file"))
    var roster: String

    @OptionGroup var data: DataOptions

    /// Loads the roster: strictly, or with `--lenient` keeping every good row and reporting the others
    /// on standard error.
    func load() throws -> Roster {
        let roster = try InterpretingFailure.reporting {
            try Roster(contentsOf: URL(fileURLWithPath: self.roster), mode: data.lenient ? .lenient : .strict)
        }
        for diagnostic in roster.diagnostics where diagnostic.severity == .error {
            FileHandle.standardError.write(Data("tsuho: \(diagnostic)\n".utf8))
        }
        return roster
    }

    /// Loads the language list alone (not the whole dictionary).
    func languages() throws -> LanguageList {
        let list = try InterpretingFailure.reporting {
            try LanguageList(location: data.location(), mode: data.lenient ? .lenient : .strict)
        }
        for diagnostic in list.diagnostics where diagnostic.severity == .error {
            FileHandle.standardError.write(Data("tsuho: \(diagnostic)\n".utf8))
        }
        return list
    }
}
