import ArgumentParser
import TsuhoText

extension TextCommand {
    /// `tsuho text segment`: the words or sentences of a text, by ICU's rules for a locale.
    struct Segment: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Split a text into words or sentences (ICU break iterator).")

        enum Unit: String, ExpressibleByArgument, Encodable {
            case word, sentence
        }

        @Option(name: .long, help: "The locale of the text, as a BCP 47 tag (th, ja, km, my, lo, zh-Hans).")
        var locale: String = "en"

        @Option(name: .long, help: "word or sentence.")
        var unit: Unit = .word

        @Flag(name: .long, help: "Also list spaces and punctuation between words.")
        var all = false

        @OptionGroup var input: TextInput

        struct Output: Encodable {
            struct Piece: Encodable {
                let text: String
                let kind: SegmentKind
                let utf8: Range<Int>
            }
            let locale: String
            let unit: Unit
            let segments: [Piece]
        }

        func run() throws {
            let text = try input.read()
            let segments = try CommandFailure.reporting {
                let segmenter = try Segmenter.cached(locale: ICULocale(locale))
                return unit == .word ? try segmenter.words(in: text) : try segmenter.sentences(in: text)
            }
            let shown = all ? segments : segments.filter { $0.kind.isWord || $0.kind == .sentence }
            if input.json {
                let pieces = shown.map { Output.Piece(text: $0.text, kind: $0.kind, utf8: $0.utf8Range) }
                try JSONOutput.print(Output(locale: locale, unit: unit, segments: pieces))
                return
            }
            for segment in shown {
                print(
                    "\(segment.utf8Range.lowerBound)..<\(segment.utf8Range.upperBound)\t\(segment.kind.rawValue)\t\(segment.text)"
                )
            }
        }
    }
}
