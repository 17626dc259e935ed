import ArgumentParser

/// `tsuho dict …`: the dictionary maintainer's tools.
struct DictCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dict",
        abstract: "Check, count, edit, export, import and compare the dictionary files.",
        subcommands: [
            Lint.self, Stats.self, Add.self, Set.self, Review.self, Export.self, Import.self, Diff.self, Profiles.self,
        ]
    )
}
