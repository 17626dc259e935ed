import ArgumentParser
import TsuhoText

extension TextCommand {
    /// `tsuho text fold`: the search key of a text and where each folded character came from.
    struct Fold: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Fold a text into a search key and show the map back to the original.",
            discussion:
                "Folds by default: case, width and kana. Add --diacritics or --simplified; remove one with --no-case, --no-width or --no-kana."
        )

        @Flag(inversion: .prefixedNo, help: "NFKC_Casefold (includes width).")
        var `case` = true
        @Flag(inversion: .prefixedNo, help: "Fullwidth and halfwidth forms.")
        var width = true
        @Flag(inversion: .prefixedNo, help: "Katakana to hiragana.")
        var kana = true
        @Flag(help: "Remove diacritics from Latin letters (Vietnamese included).")
        var diacritics = false
        @Flag(help: "Traditional to Simplified Chinese.")
        var simplified = false

        @OptionGroup var input: TextInput

        struct Output: Encodable {
            let original: String
            let folded: String
            let folds: [String]
            let map: [FoldAlignment]
        }

        var options: FoldOptions {
            var options: FoldOptions = []
            if `case` { options.insert(.caseFold) }
            if width { options.insert(.width) }
            if kana { options.insert(.kana) }
            if diacritics { options.insert(.diacritics) }
            if simplified { options.insert(.simplifiedChinese) }
            return options
        }

        func run() throws {
            let text = try input.read()
            let folded = try CommandFailure.reporting { try TextFolder(options: options).fold(text) }
            let map = folded.alignment
            if input.json {
                try JSONOutput.print(
                    Output(original: folded.original, folded: folded.folded, folds: options.names, map: map))
                return
            }
            print(folded.folded)
            for entry in map {
                let foldedRange = "\(entry.foldedUTF8.lowerBound)..<\(entry.foldedUTF8.upperBound)"
                let originalRange = "\(entry.originalUTF8.lowerBound)..<\(entry.originalUTF8.upperBound)"
                print("  \(entry.folded)\t\(foldedRange)\t← \(entry.original)\t\(originalRange)")
            }
        }
    }
}
