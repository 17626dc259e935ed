import Foundation

extension InfoCardRenderer {
    /// The card as an accessible HTML fragment, to put inside a page.
    ///
    /// Each pictogram is an `<img>` with a `data:` URI of its SVG and, as alt text, the caption in the
    /// reader's language from the dictionary. Every caption has its `lang` (and `dir` when it differs
    /// from the card's) and `data-status`; a reader's caption that is a draft shows a small "draft
    /// translation" marker, and the figure's caption explains it. Class names start with `tsuho-` so a
    /// page can style them.
    ///
    /// - Parameter card: The card.
    /// - Returns: The fragment, with every text escaped.
    public func html(_ card: InfoCard) -> String {
        let language = card.language
        let cardDirection = language.direction.rawValue
        let status = card.hasDraftText ? "draft" : "reviewed"
        var lines = [
            "<figure class=\"tsuho-card\" lang=\"\(language.code)\" dir=\"\(cardDirection)\" data-status=\"\(status)\">",
            "  <ul class=\"tsuho-card-items\">",
        ]
        for item in card.items {
            let pictogramAttribute = item.pictogram.map { " data-pictogram=\"\(XMLText.escape($0.id))\"" } ?? ""
            lines.append("    <li data-concept=\"\(XMLText.escape(item.conceptID))\"\(pictogramAttribute)>")
            if let pictogram = item.pictogram {
                let alt =
                    item.mainCaption
                    ?? InfoCardCaption(
                        role: .japanese, language: language, text: pictogram.title(in: "en"), status: .draft)
                let data = Data(pictogram.svg.utf8).base64EncodedString()
                let size = XMLText.number(pictogramSize)
                lines.append(
                    "      <img src=\"data:image/svg+xml;base64,\(data)\" alt=\"\(XMLText.escape(alt.text))\"\(languageAttributes(alt, in: card)) width=\"\(size)\" height=\"\(size)\">"
                )
            }
            for caption in item.captions {
                let role =
                    caption.role == .reader ? "reader" : caption.role == .easyJapanese ? "easy-japanese" : "japanese"
                var text = XMLText.escape(Self.fallbackPrefix(caption) + caption.text)
                if caption.role == .reader, caption.status == .draft {
                    text +=
                        " <small class=\"tsuho-draft\" lang=\"en\" dir=\"ltr\" title=\"Not yet checked by a native speaker\">draft translation</small>"
                }
                lines.append(
                    "      <p class=\"tsuho-caption tsuho-caption-\(role)\"\(languageAttributes(caption, in: card)) data-status=\"\(caption.status.rawValue)\">\(text)</p>"
                )
            }
            lines.append("    </li>")
        }
        lines.append("  </ul>")
        if card.hasDraftText {
            let notice = Self.draftNotice
            lines.append(
                "  <figcaption class=\"tsuho-card-note\" lang=\"en\" dir=\"ltr\">\(XMLText.escape(notice.english)) <span lang=\"ja\">\(XMLText.escape(notice.japanese))</span></figcaption>"
            )
        }
        lines.append("</figure>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// ` lang="…"` with a caption's language, and ` dir="…"` when its direction differs from the card's.
    private func languageAttributes(_ caption: InfoCardCaption, in card: InfoCard) -> String {
        var attributes = " lang=\"\(caption.language.code)\""
        if caption.language.direction != card.language.direction {
            attributes += " dir=\"\(caption.language.direction.rawValue)\""
        }
        return attributes
    }
}
