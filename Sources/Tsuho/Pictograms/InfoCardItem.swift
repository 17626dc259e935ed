/// One concept on an info card: its pictogram (if one illustrates it) and its captions.
public struct InfoCardItem: Sendable, Hashable {
    /// The concept.
    public let conceptID: String
    /// The pictogram, or `nil` when no pictogram illustrates the concept (the card shows words only).
    public let pictogram: Pictogram?
    /// The captions: the reader's language first (when it or a relay language has a form), then
    /// やさしい日本語 and Japanese.
    public let captions: [InfoCardCaption]

    /// Creates an item.
    ///
    /// - Parameters:
    ///   - conceptID: The concept.
    ///   - pictogram: Its pictogram, or `nil`.
    ///   - captions: Its captions, reader's language first.
    public init(conceptID: String, pictogram: Pictogram?, captions: [InfoCardCaption]) {
        self.conceptID = conceptID
        self.pictogram = pictogram
        self.captions = captions
    }

    /// The caption in the reader's language (or the relay language standing in for it), if any.
    public var readerCaption: InfoCardCaption? {
        captions.first { $0.role == .reader }
    }

    /// The caption a reader of the card's language reads first: theirs, else the Easy Japanese, else the
    /// Japanese one.
    public var mainCaption: InfoCardCaption? {
        readerCaption ?? captions.first { $0.role == .easyJapanese } ?? captions.first
    }
}
