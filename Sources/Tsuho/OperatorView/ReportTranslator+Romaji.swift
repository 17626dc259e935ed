extension ReportTranslator {
    /// Dictionary terms of a text typed in romaji ("kaji desu tasukete"), matched against the Japanese
    /// readings: runs of up to three words, longest first, left to right.
    ///
    /// - Parameter text: The caller's text.
    /// - Returns: Japanese terms, with the caller's words and offsets and match kind ``MatchKind/romaji``.
    func romajiTerms(in text: String) -> [SpottedTerm] {
        var words: [Range<String.Index>] = []
        var start: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let isWordCharacter = text[index].isLetter || text[index] == "-" || text[index] == "'"
            if isWordCharacter, start == nil { start = index }
            if !isWordCharacter, let begun = start {
                words.append(begun..<index)
                start = nil
            }
            index = text.index(after: index)
        }
        if let begun = start { words.append(begun..<text.endIndex) }
        var terms: [SpottedTerm] = []
        var position = 0
        while position < words.count {
            var found = false
            for length in stride(from: min(3, words.count - position), through: 1, by: -1) {
                let range = words[position].lowerBound..<words[position + length - 1].upperBound
                let surface = String(text[range])
                guard surface.count >= 3, let result = try? lexicon.romajiMatch(surface) else { continue }
                let lower = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
                let upper = text.utf8.distance(from: text.startIndex, to: range.upperBound)
                terms.append(
                    SpottedTerm(
                        conceptID: result.concept.id, language: .japanese, form: result.form, text: surface,
                        range: range, utf8Range: lower..<upper, match: .romaji))
                position += length
                found = true
                break
            }
            if !found { position += 1 }
        }
        return terms
    }
}
