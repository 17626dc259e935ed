import Foundation
internal import TsuhoText

/// Ranks the languages a short text may be written in, best first, each with a confidence; an empty
/// ranking means "unknown" (no letters at all).
///
/// Script evidence comes first (Hangul is Korean, kana Japanese, Thai, Khmer, Myanmar, Devanagari,
/// Arabic each one language); within a script shared by several languages (Latin, Cyrillic, Han) a naive
/// Bayes model over character 1- to 3-grams decides, built from the project's own text
/// (``LanguageProfiles``). Callers decide what confidence they trust; below ``confidentThreshold`` Tsuho
/// routes to a human interpreter rather than guess.
///
/// ```swift
/// let identifier = try LanguageIdentifier(lexicon: lexicon, profiles: profiles)
/// try identifier.identify("kaji desu tasukete").first  // ja-Latn, 0.9…
/// ```
public struct LanguageIdentifier: Sendable {
    /// Below this confidence a guess is not to be acted on alone.
    public static let confidentThreshold = 0.8

    /// The tag used for Japanese typed in romaji.
    public static let romanizedJapanese: LanguageCode = "ja-Latn"

    private let scriptLanguages: [String: [LanguageCode]]
    /// The languages with an n-gram profile, and each one's column in ``logProbabilities``.
    private let profileColumn: [LanguageCode: Int]
    /// Each n-gram's row in ``logProbabilities``.
    private let gramRow: GramTable
    /// Row-major: per n-gram, its log-probability in every profiled language (the language's unseen
    /// log-probability where it never occurs), so one hash lookup per n-gram serves every candidate.
    private let logProbabilities: [Float]
    /// Per profiled language: the log-probability of an n-gram it never has.
    private let unseen: [Double]

    /// Creates an identifier for the languages of a dictionary.
    ///
    /// - Parameters:
    ///   - lexicon: The dictionary, whose language list gives each language's script.
    ///   - profiles: The n-gram profiles.
    public init(lexicon: Lexicon, profiles: LanguageProfiles) {
        var byScript: [String: [LanguageCode]] = [:]
        for language in lexicon.languages {
            switch language.script {
            case "Jpan": byScript["Jpan", default: []].append(language.code)
            case "Hans", "Hant": byScript["Hani", default: []].append(language.code)
            case "Kore": byScript["Hang", default: []].append(language.code)
            default: byScript[language.script, default: []].append(language.code)
            }
        }
        byScript["Latn", default: []].append(Self.romanizedJapanese)
        scriptLanguages = byScript
        let languages = profiles.counts.keys.sorted()
        var columns: [LanguageCode: Int] = [:]
        var unseen: [Double] = []
        var rows: [UInt64: Int32] = [:]
        var perLanguage: [[(UInt64, Double)]] = []
        for (column, language) in languages.enumerated() {
            let counts = profiles.counts[language] ?? [:]
            columns[language] = column
            let total = Double(counts.values.reduce(0, +))
            let denominator = log(total + Double(counts.count) + 1)
            unseen.append(-denominator)
            perLanguage.append(
                counts.map { gram, count in
                    let key = LanguageProfiles.key(of: gram.unicodeScalars.map(\.value)[...])
                    if rows[key] == nil { rows[key] = Int32(rows.count) }
                    return (key, log(Double(count) + 1) - denominator)
                })
        }
        var table = [Float](repeating: 0, count: rows.count * languages.count)
        for row in 0..<rows.count {
            for column in 0..<languages.count { table[row * languages.count + column] = Float(unseen[column]) }
        }
        for (column, grams) in perLanguage.enumerated() {
            for (key, logProbability) in grams {
                if let row = rows[key] { table[Int(row) * languages.count + column] = Float(logProbability) }
            }
        }
        profileColumn = columns
        gramRow = GramTable(rows)
        logProbabilities = table
        self.unseen = unseen
    }

    /// Ranks the languages of a text.
    ///
    /// - Parameters:
    ///   - text: The caller's text.
    ///   - terms: Dictionary terms spotted in the text (``TermSpotter``), as further evidence: within a
    ///     script several languages share, a term only some of them have counts for those.
    /// - Returns: Guesses, best first, with confidences adding up to at most 1; empty when the text has
    ///   no letters.
    /// - Throws: ``TextError`` only if ICU itself fails.
    public func identify(_ text: String, terms: [SpottedTerm] = []) throws -> [LanguageGuess] {
        let breakdown = ScriptBreakdown(of: text)
        guard !breakdown.scripts.isEmpty else { return [] }
        var scores: [LanguageCode: Double] = [:]
        let hasKana = breakdown.share(of: "Hira") + breakdown.share(of: "Kana") > 0
        for script in breakdown.scripts {
            var candidates: [LanguageCode]
            switch script.code {
            case "Hira", "Kana": candidates = scriptLanguages["Jpan"] ?? []
            case "Hani":
                candidates =
                    hasKana
                    ? scriptLanguages["Jpan"] ?? [] : (scriptLanguages["Hani"] ?? []) + (scriptLanguages["Jpan"] ?? [])
            default: candidates = scriptLanguages[script.code] ?? []
            }
            guard !candidates.isEmpty else { continue }
            let shares = try candidates.count == 1 ? [1.0] : posterior(text, candidates, terms: terms)
            for (language, share) in zip(candidates, shares) {
                scores[language, default: 0] += script.share * share
            }
        }
        return scores.map { LanguageGuess(language: $0.key, confidence: $0.value) }
            .sorted { $0.confidence != $1.confidence ? $0.confidence > $1.confidence : $0.language < $1.language }
    }

    /// Splits a mixed text into parts of one language each and ranks each part's languages.
    ///
    /// The text is cut at sentence ends and where the script changes; neighbouring parts whose best
    /// language is the same are joined again and ranked together, so a one-language text is one segment.
    ///
    /// - Parameters:
    ///   - text: The caller's text.
    ///   - terms: Dictionary terms spotted in the text, as further evidence (see ``identify(_:terms:)``).
    /// - Returns: The segments in text order, covering every letter of the text.
    /// - Throws: ``TextError`` only if ICU itself fails.
    public func segments(_ text: String, terms: [SpottedTerm] = []) throws -> [LanguageSegment] {
        try segments(text, terms: terms, ranking: nil)
    }

    /// ``segments(_:terms:)``, reusing the whole text's ranking when it is already known.
    ///
    /// Each piece is ranked once; runs of neighbouring pieces with the same best language (or none) are
    /// joined and ranked once more as a whole. A text of one language is one segment whose ranking is
    /// the whole text's.
    func segments(_ text: String, terms: [SpottedTerm], ranking: [LanguageGuess]?) throws -> [LanguageSegment] {
        var pieces: [Range<Int>] = []
        let sentences = try Segmenter.cached(locale: ICULocale("en")).sentences(in: text)
        for sentence in sentences {
            for run in ScriptRun.runs(of: sentence.text) {
                pieces.append(
                    (sentence.utf8Range.lowerBound + run.utf8Range.lowerBound)..<(sentence.utf8Range.lowerBound
                        + run.utf8Range.upperBound))
            }
        }
        // Runs of pieces with one best language; a piece without letters joins the run before it.
        var groups: [(range: Range<Int>, single: LanguageSegment?, language: LanguageCode?)] = []
        for piece in pieces {
            let candidate = try segment(text, piece, terms: terms, guesses: nil)
            let language = candidate.guesses.first?.language
            if let last = groups.last, language == nil || last.language == nil || last.language == language {
                groups[groups.count - 1] = (
                    last.range.lowerBound..<piece.upperBound, nil, last.language ?? language
                )
            } else {
                groups.append((piece, candidate, language))
            }
        }
        if groups.count == 1, let group = groups.first, group.single == nil, let ranking {
            return [try segment(text, group.range, terms: terms, guesses: ranking)]
        }
        return try groups.map { group in
            try group.single ?? segment(text, group.range, terms: terms, guesses: nil)
        }
    }

    /// The segment of a range of a text, with its ranking.
    private func segment(
        _ text: String, _ utf8Range: Range<Int>, terms: [SpottedTerm], guesses: [LanguageGuess]?
    ) throws -> LanguageSegment {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: utf8Range.lowerBound)
        let end = utf8.index(start, offsetBy: utf8Range.count)
        let part = String(text[start..<end])
        let inside = terms.compactMap { term -> SpottedTerm? in
            guard utf8Range.contains(term.utf8Range.lowerBound), term.utf8Range.upperBound <= utf8Range.upperBound
            else { return nil }
            return term
        }
        return LanguageSegment(
            text: part, range: start..<end, utf8Range: utf8Range, guesses: try guesses ?? identify(part, terms: inside))
    }

    /// How much one dictionary term only some candidates have weighs, in log-likelihood units before
    /// the temperature: about as much as three characters of n-gram evidence.
    private static let termEvidence = 2.0

    /// The posterior of each candidate under the naive Bayes n-gram model, with a flat prior; the mean
    /// log-likelihood per n-gram is sharpened so that short texts do not look surer than they are.
    private func posterior(_ text: String, _ candidates: [LanguageCode], terms: [SpottedTerm]) throws -> [Double] {
        let grams = try LanguageProfiles.gramKeys(of: text)
        guard !grams.isEmpty else { return candidates.map { _ in 1 / Double(candidates.count) } }
        // A spotted term counts for the candidates that have it at that place, when not all of them do.
        var termCounts: [LanguageCode: Double] = [:]
        if !terms.isEmpty {
            let candidateSet = Set(candidates)
            var languagesBySpan: [Range<Int>: Set<LanguageCode>] = [:]
            for term in terms where candidateSet.contains(term.language) && term.match != .diacriticInsensitive {
                languagesBySpan[term.utf8Range, default: []].insert(term.language)
            }
            for languages in languagesBySpan.values where languages.count < candidates.count {
                for language in languages { termCounts[language, default: 0] += 1 }
            }
        }
        let columns = candidates.map { profileColumn[$0] ?? -1 }
        var sums = [Double](repeating: 0, count: candidates.count)
        let width = unseen.count
        logProbabilities.withUnsafeBufferPointer { table in
            for gram in grams {
                let row = gramRow.row(gram).map { Int($0) * width }
                for (index, column) in columns.enumerated() {
                    guard column >= 0 else {
                        sums[index] -= 20
                        continue
                    }
                    sums[index] += row.map { Double(table[$0 + column]) } ?? unseen[column]
                }
            }
        }
        let logLikelihoods = candidates.indices.map { index in
            sums[index] + Self.termEvidence * (termCounts[candidates[index]] ?? 0)
        }
        // The n-grams of one text are far from independent, so their summed log-likelihoods overstate the
        // evidence; a temperature of 0.25 keeps a single shared word ("ambulance", "tsunami") uncertain
        // while a sentence still decides.
        let scale = 0.25
        let best = logLikelihoods.max() ?? 0
        let weights = logLikelihoods.map { exp(($0 - best) * scale) }
        let sum = weights.reduce(0, +)
        return weights.map { $0 / sum }
    }
}
