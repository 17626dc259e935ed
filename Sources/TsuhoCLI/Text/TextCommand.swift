import ArgumentParser

/// `tsuho text …`: the Unicode services behind Tsuho, for checking what a text turns into.
struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Normalize, fold, transliterate, segment a text or show its scripts (ICU).",
        subcommands: [Normalize.self, Fold.self, Transliterate.self, Segment.self, Scripts.self]
    )
}
