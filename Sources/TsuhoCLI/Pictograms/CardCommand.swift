import ArgumentParser
import Foundation
import Tsuho

/// `tsuho card`: an info card of pictograms with captions in a reader's language, やさしい日本語 and
/// Japanese, as SVG, HTML or SMS text.
struct CardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "card",
        abstract: "Compose pictograms with captions into an info card: SVG, HTML, PNG or SMS text.",
        discussion: """
            The format follows the extension of -o: .svg (one standalone SVG), .html (an accessible \
            fragment), .png (the SVG through rsvg-convert) or .txt (emoji and words for SMS). Without -o, \
            or with -o -, the SMS text is printed. Every caption keeps its review status: draft words are \
            marked as draft translations on the card, and standard error says when a word is missing or \
            the text needs more than one SMS.
            """)

    @Option(name: .long, help: "The reader's language, a tag of the dictionary such as vi or ar.")
    var lang: String

    @Option(
        name: .long, parsing: .upToNextOption,
        help: ArgumentHelp(
            "Concept or pictogram ids, separated by commas or spaces (tsunami,go-to-high-ground).",
            valueName: "ids"))
    var concepts: [String] = []

    @Option(
        name: .long,
        help: ArgumentHelp("A caller's text whose dictionary terms go on the card, or - to read standard input."))
    var text: String?

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("The file to write: card.svg, card.html, card.png or card.txt; - for standard output."))
    var output: String = "-"

    @Flag(name: .long, help: "Print the card's items, captions and SMS text as JSON instead.")
    var json = false

    @OptionGroup var data: DataOptions

    /// The ids asked for with `--concepts`, split at commas.
    var ids: [String] {
        concepts.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    func validate() throws {
        guard !ids.isEmpty || text != nil else {
            throw ValidationError("Give --concepts ID,… or --text TEXT (or both).")
        }
        guard ["", "svg", "html", "htm", "png", "txt"].contains(OutputFile.format(of: output)) || output == "-" else {
            throw ValidationError("Give -o a file ending in .svg, .html, .png or .txt (or -), found \"\(output)\".")
        }
    }

    func run() throws {
        let lexicon = try data.lexicon()
        let catalog = try data.catalog(lexicon: lexicon)
        let language = LanguageCode(lang)
        var items = ids
        if let text {
            let caller = try TextInput(text: [text]).read()
            let spotter = try CommandFailure.reporting { try TermSpotter.cached(lexicon) }
            let spotted = try CommandFailure.reporting { try spotter.spot(caller) }.map(\.conceptID)
            items += spotted.filter { !items.contains($0) }
            if spotted.isEmpty {
                warn("no dictionary term was found in the text.")
            }
        }
        var seen: Set<String> = []
        items = items.filter { seen.insert($0).inserted }
        let card = try CommandFailure.reporting {
            try InfoCard(items: items, language: language, lexicon: lexicon, catalog: catalog)
        }
        let renderer = InfoCardRenderer()
        let sms = renderer.sms(card)
        report(card, sms: sms)
        if json {
            try JSONOutput.print(CardOutput(card, sms: sms))
            return
        }
        switch output == "-" ? "txt" : OutputFile.format(of: output) {
        case "svg":
            try OutputFile.write(try CommandFailure.reporting { try renderer.svg(card) }, to: output)
        case "html", "htm":
            try OutputFile.write(renderer.html(card), to: output)
        case "png":
            let svg = try CommandFailure.reporting { try renderer.svg(card) }
            try RSVGConvert.png(svg, to: URL(fileURLWithPath: output))
        default:
            try OutputFile.write(sms.text, to: output)
        }
    }

    /// Tells the operator on standard error what the reader will not see in their language, and the SMS
    /// length.
    private func report(_ card: InfoCard, sms: SMSText) {
        for item in card.items {
            if let caption = item.readerCaption, caption.isFallback {
                warn("\(item.conceptID) has no \(card.language.code) form yet; shown in \(caption.language.code).")
            } else if item.readerCaption == nil {
                warn("\(item.conceptID) has no \(card.language.code) form yet; only Japanese is shown.")
            }
            if item.pictogram == nil {
                warn("\(item.conceptID) has no pictogram; the card shows words only.")
            }
        }
        if card.hasDraftText {
            warn("the words are draft translations, not yet reviewed by a native speaker.")
        }
        if output == "-" || OutputFile.format(of: output) == "txt" {
            if let notice = sms.notice {
                warn(notice)
            } else {
                warn("\(sms.units) UCS-2 characters: fits one SMS (\(SMSText.singleSegmentLimit)).")
            }
        }
    }

    private func warn(_ message: String) {
        FileHandle.standardError.write(Data("tsuho: \(message)\n".utf8))
    }

    /// The card as JSON.
    struct CardOutput: Encodable {
        struct Caption: Encodable {
            let role: InfoCardCaption.Role
            let language: LanguageCode
            let direction: TextDirection
            let text: String
            let status: ReviewStatus
            let fallback: Bool
        }

        struct Item: Encodable {
            let concept: String
            let pictogram: String?
            let emoji: String?
            let captions: [Caption]
        }

        let language: LanguageCode
        let items: [Item]
        let sms: SMSText
        let draft: Bool

        init(_ card: InfoCard, sms: SMSText) {
            language = card.language.code
            items = card.items.map { item in
                Item(
                    concept: item.conceptID, pictogram: item.pictogram?.id, emoji: item.pictogram?.emoji,
                    captions: item.captions.map { caption in
                        Caption(
                            role: caption.role, language: caption.language.code,
                            direction: caption.language.direction, text: caption.text, status: caption.status,
                            fallback: caption.isFallback)
                    })
            }
            self.sms = sms
            draft = card.hasDraftText
        }
    }
}
