extension InfoCardRenderer {
    /// One laid-out caption: its lines and font size.
    private struct CaptionBlock {
        let caption: InfoCardCaption
        let lines: [String]
        let size: Double
        let bold: Bool

        var lineHeight: Double { (size * CaptionLayout.lineHeight(forScript: caption.language.script)).rounded() }
        var height: Double { Double(lines.count) * lineHeight }
    }

    /// The card as one standalone SVG document.
    ///
    /// - Parameter card: The card.
    /// - Returns: The SVG, UTF-8 text with no external references.
    /// - Throws: ``TextError`` only if ICU itself fails while finding word boundaries.
    public func svg(_ card: InfoCard) throws -> String {
        let rtl = card.language.direction == .rightToLeft
        let textWidth = width - 2 * margin - pictogramSize - gap
        var body: [String] = []
        var y = margin
        for (index, item) in card.items.enumerated() {
            if index > 0 {
                body.append(
                    "<line x1=\"\(n(margin))\" y1=\"\(n(y - gap / 2))\" x2=\"\(n(width - margin))\" y2=\"\(n(y - gap / 2))\" stroke=\"#D0D0D0\" stroke-width=\"2\"/>"
                )
            }
            let blocks = try item.captions.map { try block($0, width: textWidth) }
            let captionsHeight = blocks.reduce(0) { $0 + $1.height } + Double(max(blocks.count - 1, 0)) * 6
            let rowHeight = max(pictogramSize, captionsHeight)
            let pictogramX = rtl ? width - margin - pictogramSize : margin
            let pictogramY = y + (rowHeight - pictogramSize) / 2
            var row = ["<g data-concept=\"\(XMLText.escape(item.conceptID))\">"]
            if let pictogram = item.pictogram {
                let label = item.mainCaption.map { ($0.text, $0.language.code) } ?? (pictogram.title(in: "en"), "en")
                row.append(pictogram.nestedSVG(x: pictogramX, y: pictogramY, size: pictogramSize, label: label))
            } else {
                row.append(
                    "<rect x=\"\(n(pictogramX + 3))\" y=\"\(n(pictogramY + 3))\" width=\"\(n(pictogramSize - 6))\" height=\"\(n(pictogramSize - 6))\" rx=\"12\" fill=\"none\" stroke=\"#D0D0D0\" stroke-width=\"3\" stroke-dasharray=\"8 6\"/>"
                )
            }
            let textX = rtl ? width - margin - pictogramSize - gap : margin + pictogramSize + gap
            var top = y + (rowHeight - captionsHeight) / 2
            for block in blocks {
                row += lines(of: block, x: textX, top: top, cardIsRTL: rtl)
                top += block.height + 6
            }
            row.append("</g>")
            body.append(row.joined(separator: "\n"))
            y += rowHeight + gap
        }
        var bottom = card.items.isEmpty ? margin : y - gap
        if card.hasDraftText {
            let notice = Self.draftNotice
            // The note starts where the card's reading starts: at the right in a right-to-left card.
            let anchor = rtl ? "x=\"\(n(width - margin))\" text-anchor=\"end\"" : "x=\"\(n(margin))\""
            body.append(
                "<text \(anchor) y=\"\(n(bottom + 26))\" font-family=\"\(CaptionFonts.cssList(forScript: "Latn"))\" font-size=\"14\" fill=\"#555555\" xml:lang=\"en\">\(XMLText.escape(notice.english))</text>"
            )
            body.append(
                "<text \(anchor) y=\"\(n(bottom + 46))\" font-family=\"\(CaptionFonts.cssList(forScript: "Jpan"))\" font-size=\"14\" fill=\"#555555\" xml:lang=\"ja\">\(XMLText.escape(notice.japanese))</text>"
            )
            bottom += 52
        }
        let height = (bottom + margin).rounded(.up)
        let title = card.items.compactMap { $0.mainCaption?.text }.joined(separator: " · ")
        let status = card.hasDraftText ? "draft" : "reviewed"
        let language = card.language.code
        return """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(n(width))" height="\(n(height))" viewBox="0 0 \(n(width)) \(n(height))" role="img" xml:lang="\(language)" data-language="\(language)" data-status="\(status)">
            <title xml:lang="\(language)">\(XMLText.escape(title))</title>
            <rect width="\(n(width))" height="\(n(height))" fill="#FFFFFF"/>
            <rect x="8" y="8" width="\(n(width - 16))" height="\(n(height - 16))" rx="14" fill="none" stroke="#1A1A1A" stroke-width="3"/>
            \(body.joined(separator: "\n"))
            </svg>

            """
    }

    /// Wraps a caption, shrinking the reader's line when it would take more than two lines.
    private func block(_ caption: InfoCardCaption, width: Double) throws -> CaptionBlock {
        let text = Self.fallbackPrefix(caption) + caption.text
        let bold = caption.role == .reader
        let base = bold ? captionSize : secondarySize
        let sizes = [base, (base * 0.87).rounded(), (base * 0.75).rounded()]
        var lines: [String] = []
        for (index, size) in sizes.enumerated() {
            // The safety factor covers the error of the width estimate.
            lines = try CaptionLayout.lines(
                text, language: caption.language, fontSize: size, maxWidth: width * 0.94, bold: bold)
            if lines.count <= (index == 0 ? 2 : 3) || index == sizes.count - 1 {
                return CaptionBlock(caption: caption, lines: lines, size: size, bold: bold)
            }
        }
        return CaptionBlock(caption: caption, lines: lines, size: base, bold: bold)
    }

    /// The `<text>` elements of a caption: right-aligned in a right-to-left card, with the caption's own
    /// direction.
    private func lines(of block: CaptionBlock, x: Double, top: Double, cardIsRTL: Bool) -> [String] {
        let caption = block.caption
        let rtl = caption.language.direction == .rightToLeft
        var attributes = "x=\"\(n(x))\""
        if rtl {
            attributes += " direction=\"rtl\" unicode-bidi=\"embed\" text-anchor=\"start\""
        } else if cardIsRTL {
            attributes += " text-anchor=\"end\""
        }
        attributes += " font-family=\"\(CaptionFonts.cssList(forScript: caption.language.script))\""
        attributes += " font-size=\"\(n(block.size))\""
        if block.bold {
            attributes += " font-weight=\"bold\""
        }
        attributes += " fill=\"#1A1A1A\" xml:lang=\"\(caption.language.code)\""
        attributes += " data-role=\"\(caption.role.rawValue)\" data-status=\"\(caption.status.rawValue)\""
        return block.lines.enumerated().map { index, line in
            // The baseline sits so that the line box is centred on the glyphs' usual extent.
            let baseline =
                top + Double(index) * block.lineHeight + (block.lineHeight - block.size) / 2 + block.size * 0.88
            return "<text y=\"\(n(baseline))\" \(attributes)>\(XMLText.escape(line))</text>"
        }
    }

    private func n(_ value: Double) -> String {
        XMLText.number(value)
    }
}
