internal import TsuhoText

extension Lexicon {
    /// Finds the concepts a word or phrase means, in any language, best first.
    ///
    /// Each result says how it matched, from the most to the least certain: exact, folded (case, width,
    /// kana), diacritic-insensitive (Latin scripts and Vietnamese; forms with the caller's accents rank
    /// first), Traditional/Simplified Chinese, romaji against the Japanese readings (Hepburn, kunrei and
    /// typing variants), and typo-tolerant for alphabetic scripts (1 edit from 4 letters, 2 from 8).
    ///
    /// - Parameters:
    ///   - query: A word or phrase as the caller typed it.
    ///   - source: The query's language, or `nil` to search every language.
    ///   - targets: The languages to give each concept in; Japanese when empty.
    ///   - limit: The most results to return.
    /// - Returns: Results, best first, one per concept.
    /// - Throws: ``LexiconError`` for a source or target language the dictionary does not have.
    public func lookup(
        _ query: String, from source: LanguageCode? = nil, to targets: [LanguageCode] = [], limit: Int = 10
    ) throws -> [LookupResult] {
        let sourcePosition = try source.map { code -> Int32 in
            guard let position = languagePositions[code] else { throw LexiconError.unknownLanguage(code) }
            return Int32(position)
        }
        let targetCodes = targets.isEmpty ? [LanguageCode.japanese] : targets
        for code in targetCodes where languagePositions[code] == nil {
            throw LexiconError.unknownLanguage(code)
        }
        let trimmed = query.trimmingWhitespace()
        guard !trimmed.isEmpty else { return [] }

        var best: [Int32: (kind: MatchKind, posting: Posting)] = [:]
        func consider(_ postings: [Posting], _ kind: MatchKind) {
            for posting in postings where sourcePosition == nil || posting.language == sourcePosition {
                if let known = best[posting.concept], !Self.isBetter(kind, posting, than: known, source: sourcePosition)
                {
                    continue
                }
                best[posting.concept] = (kind, posting)
            }
        }
        // Only the caller's language when one is given, else every language.
        let all = try index.deferred.formTables()
        let searched = sourcePosition.map { [all[Int($0)]] } ?? all
        let folded = try SearchIndex.foldKey.key(trimmed)
        let plain = try SearchIndex.plainKey.key(trimmed)
        for tables in searched {
            let matches = tables.folded.postings(for: folded)
            consider(matches.filter { form(of: $0) == trimmed }, .exact)
            consider(matches, .folded)
            consider(tables.plain.postings(for: plain), .diacriticInsensitive)
        }
        if trimmed.unicodeScalars.contains(where: { (0x3400...0x9FFF).contains($0.value) }) {
            let simplified = try index.deferred.simplified()
            consider(simplified.postings(for: try SearchIndex.simplifiedKey.key(trimmed)), .traditionalSimplified)
        }
        let romajiKey = RomajiKey.key(ofFoldedLatin: plain)
        let romaji = try romajiKey.map { _ in try index.deferred.romaji() }
        if let romajiKey, let romaji {
            consider(romaji.keys.postings(for: romajiKey), .romaji)
        }
        if best.isEmpty || best.values.allSatisfy({ $0.kind > .romaji }) {
            considerTypos(
                plain: plain, romajiKey: romajiKey,
                candidates: try typoCandidates(in: sourcePosition) + [romaji?.typoCandidates].compactMap { $0 },
                into: &best, source: sourcePosition)
        }

        let ranked = best.values.sorted { lhs, rhs in
            if lhs.kind != rhs.kind { return lhs.kind < rhs.kind }
            if lhs.posting.form != rhs.posting.form { return lhs.posting.form < rhs.posting.form }
            return lhs.posting.concept < rhs.posting.concept
        }
        return ranked.prefix(max(limit, 0)).map { match in
            let concept = concepts[Int(match.posting.concept)]
            let language = languages[Int(match.posting.language)]
            let matched = entry(Int(match.posting.language), Int(match.posting.concept))
            let form = matched?.forms[Int(match.posting.form)] ?? ""
            let translations = targetCodes.compactMap { code -> LookupResult.Translation? in
                guard let position = languagePositions[code] else { return nil }
                let cell = entry(position, Int(match.posting.concept)) ?? TermEntry(forms: [], status: .draft)
                return LookupResult.Translation(
                    language: code, entry: cell, readings: code == .japanese ? concept.readings : [])
            }
            return LookupResult(
                concept: concept, match: match.kind, language: language.code, form: form, translations: translations)
        }
    }

    /// The form a posting points at.
    /// The Japanese concept whose reading a romaji word spells exactly (no typo tolerance), for
    /// spotting in romaji texts.
    ///
    /// - Parameter query: Words in romaji.
    /// - Returns: The concept and its Japanese form, or `nil`.
    /// - Throws: ``TextError`` only if ICU fails.
    func romajiMatch(_ query: String) throws -> (concept: Concept, form: String)? {
        let plain = try SearchIndex.plainKey.key(query)
        guard let key = RomajiKey.key(ofFoldedLatin: plain) else { return nil }
        let romaji = try index.deferred.romaji()
        let postings = romaji.keys.postings(for: key)
        guard let best = postings.min(by: { ($0.form, $0.concept) < ($1.form, $1.concept) }) else { return nil }
        return (concepts[Int(best.concept)], form(of: best) ?? "")
    }

    private func form(of posting: Posting) -> String? {
        guard let forms = entry(Int(posting.language), Int(posting.concept))?.forms, Int(posting.form) < forms.count
        else { return nil }
        return forms[Int(posting.form)]
    }

    /// The typo candidates of the caller's language, or of every language.
    private func typoCandidates(in source: Int32?) throws -> [TypoCandidates] {
        let all = try index.deferred.typoCandidates()
        return source.map { [all[Int($0)]] } ?? all
    }

    /// A match replaces a known one when it is more certain, or as certain but in the caller's language
    /// or on a more standard form.
    private static func isBetter(
        _ kind: MatchKind, _ posting: Posting, than known: (kind: MatchKind, posting: Posting), source: Int32?
    ) -> Bool {
        if kind != known.kind { return kind < known.kind }
        return posting.form < known.posting.form
    }

    /// Typo-tolerant matching for alphabetic keys: 1 edit from 4 letters, 2 from 8.
    private func considerTypos(
        plain: String, romajiKey: String?, candidates tables: [TypoCandidates],
        into best: inout [Int32: (kind: MatchKind, posting: Posting)], source: Int32?
    ) {
        var patterns: [[UInt32]] = [plain.unicodeScalars.map(\.value)]
        if let romajiKey, romajiKey != plain {
            patterns.append(romajiKey.unicodeScalars.map(\.value))
        }
        for pattern in patterns {
            let letters = pattern.filter { $0 != 0x20 }.count
            let allowed = letters >= 8 ? 2 : letters >= 4 ? 1 : 0
            guard allowed > 0, let distance = EditDistance(pattern: pattern) else { continue }
            for length in (pattern.count - allowed)...(pattern.count + allowed) {
                for candidates in tables {
                    candidates.forEach(length: length) { scalars, posting in
                        guard source == nil || posting.language == source else { return }
                        let edits = distance.distance(to: scalars)
                        guard edits > 0, edits <= allowed else { return }
                        let kind = MatchKind.typo(distance: edits)
                        if let known = best[posting.concept], !Self.isBetter(kind, posting, than: known, source: source)
                        {
                            return
                        }
                        best[posting.concept] = (kind, posting)
                    }
                }
            }
        }
    }
}

extension String {
    /// The string without leading and trailing white space and newlines.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
