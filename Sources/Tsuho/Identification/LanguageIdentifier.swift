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
    private let logProbabilities: [LanguageCode: [UInt64: Double]]
    private let unseen: [LanguageCode: Double]

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
        var logs: [LanguageCode: [UInt64: Double]] = [:]
        var unseen: [LanguageCode: Double] = [:]
        for (language, counts) in profiles.counts {
            let total = Double(counts.values.reduce(0, +))
            let denominator = log(total + Double(counts.count) + 1)
            var table: [UInt64: Double] = [:]
            table.reserveCapacity(counts.count)
            for (gram, count) in counts {
                let scalars = gram.unicodeScalars.map(\.value)
                table[LanguageProfiles.key(of: scalars[...])] = log(Double(count) + 1) - denominator
            }
            logs[language] = table
            unseen[language] = -denominator
        }
        logProbabilities = logs
        self.unseen = unseen
    }

    /// Ranks the languages of a text.
    ///
    /// - Parameter text: The caller's text.
    /// - Returns: Guesses, best first, with confidences adding up to at most 1; empty when the text has
    ///   no letters.
    /// - Throws: ``TextError`` only if ICU itself fails.
    public func identify(_ text: String) throws -> [LanguageGuess] {
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
            let shares = try candidates.count == 1 ? [1.0] : posterior(text, candidates)
            for (language, share) in zip(candidates, shares) {
                scores[language, default: 0] += script.share * share
            }
        }
        return scores.map { LanguageGuess(language: $0.key, confidence: $0.value) }
            .sorted { $0.confidence != $1.confidence ? $0.confidence > $1.confidence : $0.language < $1.language }
    }

    /// The posterior of each candidate under the naive Bayes n-gram model, with a flat prior; the mean
    /// log-likelihood per n-gram is sharpened so that short texts do not look surer than they are.
    private func posterior(_ text: String, _ candidates: [LanguageCode]) throws -> [Double] {
        let grams = try LanguageProfiles.gramKeys(of: text)
        guard !grams.isEmpty else { return candidates.map { _ in 1 / Double(candidates.count) } }
        let logLikelihoods = candidates.map { language -> Double in
            let table = logProbabilities[language] ?? [:]
            let missing = unseen[language] ?? -20
            return grams.reduce(0) { $0 + (table[$1] ?? missing) }
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
