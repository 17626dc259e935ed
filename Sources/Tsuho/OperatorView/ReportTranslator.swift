import Foundation
internal import Synchronization
internal import TsuhoText

/// The main job: one text report in, the operator's view out. Intake checks the bytes, the language is
/// identified (or taken from the channel), dictionary terms are spotted, triage decides, and the next
/// questions are rendered in the caller's language, in やさしい日本語 and as pictograms.
///
/// Built once (dictionary, spotter, language profiles, phrasebook, rules) and shared by every task:
///
/// ```swift
/// let translator = try ReportTranslator.bundled()
/// let view = try translator.translate(Report(id: "R-1", line: .fire, message: Array("co chay".utf8)))
/// print(view.japaneseText)
/// ```
public struct ReportTranslator: Sendable {
    /// The dictionary.
    public let lexicon: Lexicon
    /// The term spotter.
    public let spotter: TermSpotter
    /// The language identifier.
    public let identifier: LanguageIdentifier
    /// The phrasebook.
    public let phrasebook: Phrasebook
    /// The triage engine.
    public let triage: TriageEngine
    /// The intake rules.
    public let screening: IntakeScreening

    /// Below this share of understood letters, an interpreter is recommended.
    public static let understoodThreshold = 0.15
    /// How many next questions a view suggests.
    public static let questionCount = 3

    /// Loads everything from a data location.
    ///
    /// - Parameters:
    ///   - location: The data.
    ///   - screening: The intake rules (size bound).
    ///   - spotterCache: A directory where the spotter's automaton is kept between processes (see
    ///     ``TermSpotter/init(lexicon:cacheDirectory:)``), or nil to build it every time.
    /// - Throws: ``LexiconError``, ``PhrasebookError`` or ``DataError`` for bad data.
    public init(
        location: DataLocation, screening: IntakeScreening = IntakeScreening(), spotterCache: URL? = nil
    ) throws {
        let lexicon = try Lexicon(location: location)
        // The spotter's automaton and the other files are independent: build and read them on two cores.
        let spotter = Mutex<Result<TermSpotter, any Error>?>(nil)
        let others = Mutex<Result<(Phrasebook, TriageRules, LanguageIdentifier), any Error>?>(nil)
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                let built = Result {
                    try spotterCache.map { try TermSpotter(lexicon: lexicon, cacheDirectory: $0) }
                        ?? TermSpotter(lexicon: lexicon)
                }
                spotter.withLock { $0 = built }
            } else {
                let loaded = Result {
                    (
                        try Phrasebook(location: location, languages: lexicon.languages),
                        try TriageRules(location: location, conceptIDs: Set(lexicon.concepts.map(\.id))),
                        LanguageIdentifier(lexicon: lexicon, profiles: try LanguageProfiles.load(location: location))
                    )
                }
                others.withLock { $0 = loaded }
            }
        }
        guard let builtSpotter = spotter.withLock({ $0 }), let loaded = others.withLock({ $0 }) else {
            throw PhrasebookError(.malformedData, "The report translator could not be assembled.")
        }
        let (phrasebook, rules, identifier) = try loaded.get()
        self.lexicon = lexicon
        self.spotter = try builtSpotter.get()
        self.identifier = identifier
        self.phrasebook = phrasebook
        triage = TriageEngine(rules: rules, lexicon: lexicon, phrasebook: phrasebook)
        self.screening = screening
    }

    /// Assembles a translator from loaded parts.
    ///
    /// - Parameters:
    ///   - lexicon: The dictionary.
    ///   - profiles: The language profiles.
    ///   - phrasebook: The phrasebook.
    ///   - rules: The triage rules.
    ///   - screening: The intake rules.
    /// - Throws: ``TextError`` if ICU fails while building the spotter.
    public init(
        lexicon: Lexicon, profiles: LanguageProfiles, phrasebook: Phrasebook, rules: TriageRules,
        screening: IntakeScreening = IntakeScreening()
    ) throws {
        self.lexicon = lexicon
        spotter = try TermSpotter(lexicon: lexicon)
        identifier = LanguageIdentifier(lexicon: lexicon, profiles: profiles)
        self.phrasebook = phrasebook
        triage = TriageEngine(rules: rules, lexicon: lexicon, phrasebook: phrasebook)
        self.screening = screening
    }

    /// The translator over the bundled data.
    ///
    /// - Returns: The translator.
    /// - Throws: As ``init(location:screening:)``.
    public static func bundled() throws -> ReportTranslator {
        try ReportTranslator(location: .bundled())
    }

    /// Translates one report.
    ///
    /// - Parameter report: The report.
    /// - Returns: The operator's view.
    /// - Throws: ``IntakeError`` for bytes intake refuses; ``TextError`` only if ICU fails.
    public func translate(_ report: Report) throws -> OperatorView {
        let caller = try screening.accept(report.message)
        let text = caller.text
        var terms = try spotter.spot(text)
        let language = try languageSummary(text, terms: terms, hint: report.languageHint)
        if language.code == LanguageIdentifier.romanizedJapanese {
            let romaji = romajiTerms(in: text)
            // Short words of other Latin-script languages ("no", "ga") are Japanese particles here.
            let others = terms.filter { term in
                !romaji.contains { $0.utf8Range.overlaps(term.utf8Range) }
                    && ([.japanese, "ja-x-easy"].contains(term.language) || term.text.count >= 5)
            }
            terms = (others + romaji)
                .sorted { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }
        }
        // With the caller's language known, short or accent-less matches of other languages are noise
        // ("de" is Vietnamese "đẻ", to give birth, only without its marks).
        if language.confident, let code = language.code, code != LanguageIdentifier.romanizedJapanese {
            terms = terms.filter { term in
                term.language == code || (term.match != .diacriticInsensitive && term.text.count > 3)
                    || !(lexicon.languages.first { $0.code == term.language }?.usesLatinScript ?? false)
            }
        }
        let result = triage.triage(
            text, terms: terms, language: language.confident ? language.code : nil, receivedOn: report.line,
            location: report.location)
        // What the caller said earlier in the conversation is known too: it is not asked again.
        let facts = try facts(result.facts, withEarlier: report, language: language.confident ? language.code : nil)
        let incident = result.incident ?? facts.stated[.incident].flatMap(IncidentKind.init(rawValue:))
        let missing = triage.missingFacts(line: result.line.line, incident: incident, facts: facts)
        let glossed = terms.map(gloss)
        let understood = Self.understoodShare(text, terms: terms)
        let callerLanguage = language.confident ? language.code : nil
        let questions = suggestedQuestions(missing: missing, language: callerLanguage)
        let advice = interpreterAdvice(language: language, understood: understood, terms: terms)
        return OperatorView(
            report: report.id, receivedAt: report.receivedAt, channel: report.channel, original: caller.displaySafe,
            flags: caller.flags, language: language, line: result.line, incident: result.incident,
            symptoms: result.symptoms, urgency: result.urgency, evidence: result.evidence, terms: glossed,
            facts: facts, missing: missing, questions: questions, interpreter: advice)
    }

    /// The facts of this message, completed with those of the caller's earlier messages (this message
    /// wins where both say something).
    private func facts(_ current: ReportFacts, withEarlier report: Report, language: LanguageCode?) throws
        -> ReportFacts
    {
        var merged = current
        for earlier in report.earlierMessages where earlier.author == .caller {
            let terms = try spotter.spot(earlier.text)
            let past = triage.triage(earlier.text, terms: terms, language: language, receivedOn: report.line).facts
            merged.peopleCount = merged.peopleCount ?? past.peopleCount
            if merged.ages.isEmpty { merged.ages = past.ages }
            merged.phoneNumbers += past.phoneNumbers.filter { !merged.phoneNumbers.contains($0) }
            merged.places += past.places.filter { place in !merged.places.contains { $0.text == place.text } }
            merged.stated.merge(past.stated) { now, _ in now }
        }
        return merged
    }

    private func languageSummary(_ text: String, terms: [SpottedTerm], hint: LanguageCode?) throws -> LanguageSummary {
        let ranking = try identifier.identify(text, terms: terms)
        let segments = try identifier.segments(text, terms: terms, ranking: ranking)
        if let hint,
            lexicon.languages.contains(where: { $0.code == hint }) || hint == LanguageIdentifier.romanizedJapanese
        {
            return LanguageSummary(
                code: hint, confidence: 1, confident: true, fromChannel: true, ranking: Array(ranking.prefix(5)),
                segments: segments.count > 1 ? segments : [])
        }
        let best = ranking.first
        return LanguageSummary(
            code: best?.language, confidence: best?.confidence ?? 0,
            confident: (best?.confidence ?? 0) >= LanguageIdentifier.confidentThreshold, fromChannel: false,
            ranking: Array(ranking.prefix(5)), segments: segments.count > 1 ? segments : [])
    }

    private func gloss(_ term: SpottedTerm) -> GlossedTerm {
        let concept = try? lexicon.concept(id: term.conceptID)
        return GlossedTerm(
            concept: term.conceptID, text: term.text, utf8: term.utf8Range, language: term.language, match: term.match,
            japanese: concept?.japanese.forms.first ?? term.conceptID, reading: concept?.readings.first ?? "",
            status: concept?.japanese.status ?? .draft)
    }

    /// The phrase language for a caller: Japanese typed in romaji reads やさしい日本語.
    private func phraseLanguage(_ language: LanguageCode?) -> LanguageCode? {
        guard let language else { return nil }
        if language == LanguageIdentifier.romanizedJapanese { return "ja-x-easy" }
        return language
    }

    private func suggestedQuestions(missing: [KeyFact], language: LanguageCode?) -> [SuggestedQuestion] {
        var questions: [SuggestedQuestion] = []
        for fact in missing {
            guard questions.count < Self.questionCount else { break }
            guard let phrase = phrasebook.phrases.first(where: { $0.asks == fact && $0.step != nil }) else { continue }
            guard phrase.arguments.isEmpty else { continue }
            let callerLanguage = phraseLanguage(language)
            let caller = callerLanguage.flatMap { try? phrasebook.render(phrase.id, in: $0) }
            let easy = try? phrasebook.render(phrase.id, in: "ja-x-easy")
            let japanese = (try? phrasebook.render(phrase.id, in: .japanese).text) ?? phrase.id
            questions.append(
                SuggestedQuestion(
                    phrase: phrase.id, asks: fact, caller: caller, easyJapanese: easy, japanese: japanese,
                    pictograms: phrase.pictograms))
        }
        return questions
    }

    private func interpreterAdvice(language: LanguageSummary, understood: Double, terms: [SpottedTerm])
        -> InterpreterAdvice
    {
        var reasons: [String] = []
        if language.code == nil {
            reasons.append("言語を判定できません")
        } else if !language.confident {
            reasons.append("言語の判定が不確かです（確信度 \(String(format: "%.2f", language.confidence))）")
        }
        if understood < Self.understoodThreshold {
            reasons.append("辞書で理解できた部分が少なすぎます")
        }
        if let code = language.code, language.confident, code != .japanese, code != "ja-x-easy",
            code != LanguageIdentifier.romanizedJapanese,
            phrasebook.phrases.allSatisfy({ $0.texts[code] == nil })
        {
            reasons.append("この言語の定型文がありません")
        }
        if terms.contains(where: { $0.conceptID == "need-interpreter" || $0.conceptID == "no-japanese" }) {
            reasons.append("通報者が通訳を求めています")
        }
        return InterpreterAdvice(
            recommended: !reasons.isEmpty, reasons: reasons, understoodShare: understood,
            language: language.code)
    }

    /// The share of letters covered by spotted terms.
    static func understoodShare(_ text: String, terms: [SpottedTerm]) -> Double {
        var covered = [Bool](repeating: false, count: text.utf8.count)
        for term in terms {
            for offset in term.utf8Range where offset < covered.count { covered[offset] = true }
        }
        var letters = 0
        var understood = 0
        var offset = 0
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic {
                letters += 1
                if covered[offset] { understood += 1 }
            }
            offset += String(scalar).utf8.count
        }
        return letters == 0 ? 0 : Double(understood) / Double(letters)
    }
}
