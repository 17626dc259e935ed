extension InfoCardRenderer {
    /// The card as plain text for SMS: per concept its pictogram's emoji and the word in the reader's
    /// language, one per line.
    ///
    /// A concept without a pictogram gets a bullet; one without a word in the reader's language gets its
    /// relay language's word marked with the tag (`[en] …`), else the Easy Japanese one. The result says
    /// how many UCS-2 segments the text takes (``SMSText/notice`` when more than one).
    ///
    /// - Parameter card: The card.
    /// - Returns: The text with its length and segment count.
    public func sms(_ card: InfoCard) -> SMSText {
        let lines = card.items.map { item -> String in
            let symbol = item.pictogram?.emoji ?? "•"
            guard let caption = item.mainCaption else { return symbol }
            return symbol + " " + Self.fallbackPrefix(caption) + caption.text
        }
        return SMSText(text: lines.joined(separator: "\n"))
    }
}
