/// Writes an ``InfoCard`` as one standalone SVG, an accessible HTML fragment, or SMS text with emoji.
///
/// - SVG: one row per concept, the pictogram beside its captions (mirrored for right-to-left
///   languages), each caption a `<text>` with its `xml:lang`, a Noto font for its script, and for
///   Arabic `direction="rtl"`. Long captions wrap between words and shrink to stay inside the card. A
///   footer says when the words are draft translations.
/// - HTML: a `<figure>` with a `<ul>`; each pictogram an `<img>` whose alt text is the caption in the
///   reader's language; `lang` on every caption, `dir="rtl"` for Arabic, `data-status` on every caption
///   and a visible "draft translation" marker.
/// - SMS: an emoji and the reader's word per line, measured in UCS-2 (see ``SMSText``).
///
/// ```swift
/// let renderer = InfoCardRenderer()
/// try renderer.svg(card).write(to: URL(fileURLWithPath: "card.svg"), atomically: true, encoding: .utf8)
/// let sms = renderer.sms(card)
/// if let notice = sms.notice { print(notice) }
/// ```
public struct InfoCardRenderer: Sendable {
    /// The card's width in px (SVG) and the pictogram size is relative to it.
    public var width: Double
    /// The side of each pictogram in px.
    public var pictogramSize: Double
    /// The font size of the reader's caption in px; long captions shrink to 3/4 of it.
    public var captionSize: Double

    /// Creates a renderer.
    ///
    /// - Parameters:
    ///   - width: The card's width in px.
    ///   - pictogramSize: The side of each pictogram in px.
    ///   - captionSize: The font size of the reader's caption in px.
    public init(width: Double = 720, pictogramSize: Double = 128, captionSize: Double = 30) {
        self.width = width
        self.pictogramSize = pictogramSize
        self.captionSize = captionSize
    }

    /// The space between the card's edge and its content, in px.
    var margin: Double { 28 }
    /// The space between a pictogram and its captions, in px.
    var gap: Double { 24 }
    /// The font size of the Easy Japanese and Japanese captions, in px.
    var secondarySize: Double { (captionSize * 2 / 3).rounded() }

    /// The English and Japanese note a card with draft words carries.
    static let draftNotice = (
        english: "Draft translation: not yet checked by a native speaker.",
        japanese: "下書きの翻訳です（ネイティブ話者による確認前）。"
    )

    /// The prefix of a caption in a relay language standing in for the reader's: `[en] `.
    static func fallbackPrefix(_ caption: InfoCardCaption) -> String {
        caption.isFallback ? "[\(caption.language.code)] " : ""
    }
}
