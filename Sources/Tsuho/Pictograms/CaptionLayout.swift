internal import TsuhoText

/// Breaks captions into lines that fit a width, measuring text approximately.
///
/// The widths are estimates per character, in ems, calibrated against the Noto fonts as rendered by
/// librsvg (within about 10% on the dictionary's forms, erring on the wide side): marks that sit on a
/// letter take no width, Khmer and Burmese subscript consonants none, CJK and Hangul one em. Lines break
/// between words: at spaces, and where ICU's word break iterator finds a word boundary in scripts
/// written without spaces (Thai, Khmer, Burmese, Japanese).
enum CaptionLayout {
    /// The estimated width of a text in ems.
    ///
    /// - Parameters:
    ///   - text: The text.
    ///   - bold: True for bold, which is a little wider.
    /// - Returns: The width, in multiples of the font size.
    static func width(of text: some StringProtocol, bold: Bool = false) -> Double {
        var width = 0.0
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            width += advance(scalar, after: previous)
            previous = scalar
        }
        return bold ? width * 1.05 : width
    }

    /// The advance of one scalar, in ems.
    static func advance(_ scalar: Unicode.Scalar, after previous: Unicode.Scalar?) -> Double {
        let value = scalar.value
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        // A consonant after a Khmer coeng or a Burmese virama is written below the one before it.
        if let previous, previous.value == 0x17D2 || previous.value == 0x1039 {
            return 0
        }
        if properties.generalCategory == .spacingMark {
            switch value {
            case 0x1000...0x109F: return 0.45
            case 0x1780...0x17FF: return 0.45
            default: return 0.35
            }
        }
        if scalar == " " { return 0.26 }
        switch value {
        case 0x1100...0x11FF, 0x2E80...0x303F, 0x3040...0x30FF, 0x3100...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF,
            0xFF01...0xFF60, 0x1F000...0x1FAFF, 0x20000...0x3FFFF:
            return 1
        case 0x0E00...0x0E7F: return 0.6
        case 0x0900...0x097F: return 0.62
        case 0x1000...0x109F: return 0.85
        case 0x1780...0x17FF: return 0.8
        case 0x0600...0x06FF, 0x0750...0x077F, 0xFB50...0xFDFF, 0xFE70...0xFEFF: return 0.5
        case 0x0400...0x04FF: return properties.isUppercase ? 0.74 : 0.64
        default: break
        }
        if properties.isUppercase { return 0.7 }
        if properties.numericType != nil { return 0.6 }
        if properties.isAlphabetic { return 0.58 }
        return 0.4
    }

    /// Breaks a text into lines no wider than a width.
    ///
    /// - Parameters:
    ///   - text: The caption.
    ///   - language: Its language, for word boundaries.
    ///   - fontSize: The font size.
    ///   - maxWidth: The widest a line may be, in the same unit as the font size.
    ///   - bold: True for bold text.
    /// - Returns: The lines, at least one; a word wider than a whole line is split between characters.
    /// - Throws: ``TextError`` only if ICU itself fails.
    static func lines(
        _ text: String, language: Language, fontSize: Double, maxWidth: Double, bold: Bool = false
    ) throws -> [String] {
        let limit = maxWidth / fontSize
        // Where a text has spaces, lines break at them (Easy Japanese, Thai and Burmese put spaces
        // between phrases); between words only when a phrase is wider than a line.
        var pieces = spaceChunks(text)
        if language.needsSegmenter, pieces.contains(where: { width(of: trimmedEnd($0), bold: bold) > limit }) {
            pieces = try chunks(text, language: language)
        }
        var lines: [String] = []
        var line = ""
        for chunk in pieces {
            let candidate = line + chunk
            if line.isEmpty || width(of: trimmedEnd(candidate), bold: bold) <= limit {
                line = candidate
                continue
            }
            lines.append(trimmedEnd(line))
            line = chunk
        }
        if !line.isEmpty || lines.isEmpty {
            lines.append(trimmedEnd(line))
        }
        // A line that is still too wide (one long word) is split between characters.
        return lines.flatMap { line -> [String] in
            guard width(of: line, bold: bold) > limit else { return [line] }
            var pieces: [String] = []
            var piece = ""
            for character in line {
                if !piece.isEmpty, width(of: piece + String(character), bold: bold) > limit {
                    pieces.append(piece)
                    piece = ""
                }
                piece.append(character)
            }
            pieces.append(piece)
            return pieces
        }
    }

    /// The text cut after each run of spaces, each piece with its trailing spaces.
    static func spaceChunks(_ text: String) -> [String] {
        var chunks: [String] = []
        var current = ""
        var inSpaces = false
        for character in text {
            if character.isWhitespace {
                inSpaces = true
            } else if inSpaces {
                chunks.append(current)
                current = ""
                inSpaces = false
            }
            current.append(character)
        }
        if !current.isEmpty || chunks.isEmpty {
            chunks.append(current)
        }
        return chunks
    }

    /// How tall a line is, in multiples of the font size: more for scripts that stack marks above and
    /// below their letters.
    static func lineHeight(forScript script: String) -> Double {
        switch script {
        case "Mymr": 1.75
        case "Khmr": 1.65
        case "Thai", "Deva", "Arab": 1.5
        default: 1.3
        }
    }

    /// The text cut where a line may break: after spaces, and between words in scripts without spaces.
    /// Each chunk carries its trailing spaces; punctuation stays with the word before it.
    static func chunks(_ text: String, language: Language) throws -> [String] {
        let segments = try Segmenter.cached(locale: ICULocale(language.icuLocaleTag)).words(in: text)
        var chunks: [String] = []
        var previousWasSpace = false
        for segment in segments {
            let isSpace = segment.text.allSatisfy(\.isWhitespace)
            let startsChunk =
                chunks.isEmpty || previousWasSpace || (language.needsSegmenter && segment.kind.isWord && !isSpace)
            if startsChunk && !isSpace {
                chunks.append(segment.text)
            } else if chunks.isEmpty {
                chunks.append(segment.text)
            } else {
                chunks[chunks.count - 1] += segment.text
            }
            previousWasSpace = isSpace
        }
        return chunks
    }

    private static func trimmedEnd(_ text: String) -> String {
        var text = text
        while let last = text.last, last.isWhitespace {
            text.removeLast()
        }
        return text
    }
}
