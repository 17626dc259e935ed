/// An info card: pictograms with captions in the reader's language, やさしい日本語 and Japanese, for a
/// caller, a crew or a shelter notice. ``InfoCardRenderer`` writes it as SVG, HTML or SMS text.
///
/// Every caption carries its review status, and a caption that comes from a relay language because
/// the reader's language has no form yet says so; ``hasDraftText`` and ``missingTranslations`` let a
/// program warn the operator before the card goes out.
///
/// ```swift
/// let lexicon = try Lexicon.bundled()
/// let catalog = try PictogramCatalog.bundled(lexicon: lexicon)
/// let card = try InfoCard(items: ["tsunami", "go-to-high-ground"], language: "vi", lexicon: lexicon,
///                         catalog: catalog)
/// let svg = try InfoCardRenderer().svg(card)
/// let sms = InfoCardRenderer().sms(card)   // "🌊 sóng thần\n⛰️ …", with its UCS-2 length
/// ```
public struct InfoCard: Sendable, Hashable {
    /// The reader's language.
    public let language: Language
    /// The concepts, in the order asked for.
    public let items: [InfoCardItem]

    /// Creates a card from its parts.
    ///
    /// - Parameters:
    ///   - language: The reader's language.
    ///   - items: The items, in order.
    public init(language: Language, items: [InfoCardItem]) {
        self.language = language
        self.items = items
    }

    /// Composes a card for concepts or pictograms.
    ///
    /// Each item is a concept id (its best pictogram is drawn) or a pictogram id (that pictogram is
    /// drawn, captioned with the words of its main concept, the first of its manifest row that the
    /// dictionary has).
    ///
    /// - Parameters:
    ///   - items: Concept or pictogram ids, in the order to show them.
    ///   - language: The reader's language.
    ///   - lexicon: The dictionary the captions come from.
    ///   - catalog: The pictograms.
    /// - Throws: ``LexiconError`` for an unknown language, or an id that is neither a concept nor a
    ///   pictogram; ``PictogramError`` with code ``PictogramError/Code/noConcept`` for a pictogram that
    ///   illustrates no concept of the dictionary.
    public init(items: [String], language: LanguageCode, lexicon: Lexicon, catalog: PictogramCatalog) throws {
        let reader = try lexicon.language(language)
        var built: [InfoCardItem] = []
        for id in items {
            if (try? lexicon.concept(id: id)) != nil {
                let pictogram = catalog.pictograms(forConcept: id).first
                built.append(try Self.item(id, pictogram: pictogram, reader: reader, lexicon: lexicon))
            } else if let pictogram = try? catalog.pictogram(id: id) {
                guard let concept = pictogram.conceptIDs.first(where: { (try? lexicon.concept(id: $0)) != nil }) else {
                    throw PictogramError.noConcept(id)
                }
                built.append(try Self.item(concept, pictogram: pictogram, reader: reader, lexicon: lexicon))
            } else {
                throw LexiconError.unknownConcept(id)
            }
        }
        self.init(language: reader, items: built)
    }

    /// Composes a card for the dictionary terms of a caller's text, each concept once, in text order.
    ///
    /// - Parameters:
    ///   - text: The caller's text, in any language of the dictionary.
    ///   - language: The reader's language.
    ///   - spotter: The term spotter over the dictionary.
    ///   - catalog: The pictograms.
    /// - Throws: ``LexiconError`` for an unknown language; ``TextError`` only if ICU itself fails.
    public init(text: String, language: LanguageCode, spotter: TermSpotter, catalog: PictogramCatalog) throws {
        var seen: Set<String> = []
        let concepts = try spotter.spot(text).map(\.conceptID).filter { seen.insert($0).inserted }
        try self.init(items: concepts, language: language, lexicon: spotter.lexicon, catalog: catalog)
    }

    /// True when any caption is a draft, not yet reviewed by a native speaker.
    public var hasDraftText: Bool {
        items.contains { $0.captions.contains { $0.status == .draft } }
    }

    /// The concepts that have no form in the reader's language (a relay language's form, or none, is
    /// shown instead).
    public var missingTranslations: [String] {
        items.filter { $0.readerCaption.map(\.isFallback) ?? true }.map(\.conceptID)
    }

    /// One item: the reader's caption (or a relay language's), then Easy Japanese and Japanese, without
    /// repeating the reader's own line.
    static func item(
        _ conceptID: String, pictogram: Pictogram?, reader: Language, lexicon: Lexicon
    ) throws -> InfoCardItem {
        var captions: [InfoCardCaption] = []
        if let caption = try readerCaption(conceptID, reader: reader, lexicon: lexicon) {
            captions.append(caption)
        }
        let easy = LanguageCode("ja-x-easy")
        if reader.code != easy, let language = try? lexicon.language(easy) {
            let entry = try lexicon.terms(for: conceptID, in: easy)
            if let form = entry.forms.first {
                captions.append(
                    InfoCardCaption(role: .easyJapanese, language: language, text: form, status: entry.status))
            }
        }
        if reader.code != .japanese {
            let japanese = try lexicon.language(.japanese)
            let entry = try lexicon.concept(id: conceptID).japanese
            if let form = entry.forms.first {
                captions.append(
                    InfoCardCaption(role: .japanese, language: japanese, text: form, status: entry.status))
            }
        }
        return InfoCardItem(conceptID: conceptID, pictogram: pictogram, captions: captions)
    }

    /// The reader's form, else the first relay language's, else `nil`.
    private static func readerCaption(
        _ conceptID: String, reader: Language, lexicon: Lexicon
    ) throws -> InfoCardCaption? {
        let entry = try lexicon.terms(for: conceptID, in: reader.code)
        if let form = entry.forms.first {
            return InfoCardCaption(role: .reader, language: reader, text: form, status: entry.status)
        }
        for relay in reader.relayLanguages {
            guard let language = try? lexicon.language(relay) else { continue }
            let entry = try lexicon.terms(for: conceptID, in: relay)
            if let form = entry.forms.first {
                return InfoCardCaption(
                    role: .reader, language: language, text: form, status: entry.status, isFallback: true)
            }
        }
        return nil
    }
}
