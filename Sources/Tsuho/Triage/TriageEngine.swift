internal import TsuhoText

/// Decides line, incident, urgency and missing facts from the terms spotted in a caller's text, with
/// negation ("not breathing", 呼吸がない, "không thở") and questions handled per language by the cue
/// words of ``TriageRules``.
///
/// Deliberately conservative: a term negated or asked about states nothing; a text with no evidence has
/// no urgency (`nil`), never a guessed one; the always-red findings (not breathing, unconscious, heavy
/// bleeding, fire with someone trapped) cannot be outvoted.
public struct TriageEngine: Sendable {
    /// The rules.
    public let rules: TriageRules
    /// The dictionary, for place concepts and Japanese glosses.
    public let lexicon: Lexicon
    /// The phrasebook, for the key-question order of each line.
    public let phrasebook: Phrasebook

    /// The domains whose concepts are places.
    static let placeDomains: Set<String> = ["station", "landmark", "ward", "city", "prefecture", "facility"]

    /// Creates an engine.
    ///
    /// - Parameters:
    ///   - rules: The triage rules.
    ///   - lexicon: The dictionary.
    ///   - phrasebook: The phrasebook.
    public init(rules: TriageRules, lexicon: Lexicon, phrasebook: Phrasebook) {
        self.rules = rules
        self.lexicon = lexicon
        self.phrasebook = phrasebook
    }

    /// Triages a text.
    ///
    /// - Parameters:
    ///   - text: The caller's text.
    ///   - terms: The terms spotted in it (leftmost-longest).
    ///   - language: The caller's language, for cue words.
    ///   - receivedOn: The line the report reached.
    ///   - location: The channel's location, if any.
    /// - Returns: The decisions with their evidence.
    public func triage(
        _ text: String, terms: [SpottedTerm], language: LanguageCode?, receivedOn: ReportLine,
        location: ReportLocation? = nil
    ) -> TriageResult {
        let utf8 = Array(text.utf8)
        let folded = TriageText(text)
        let languages = language.map { [$0] } ?? []
        var evidence: [TriageEvidence] = []
        var facts = ReportFacts()
        // One evidence per span: the first language's form that has a rule, else the first.
        var seenSpans: Set<Range<Int>> = []
        let withRules = terms.filter { rules.concepts[$0.conceptID] != nil }
        for term in withRules where seenSpans.insert(term.utf8Range).inserted {
            guard let rule = rules.concepts[term.conceptID] else { continue }
            let cueLanguages = languages + [term.language]
            // The neighbouring terms bound the cue windows (other languages' forms of the same span do not).
            let previousEnd =
                withRules.lazy.map(\.utf8Range).filter { $0.upperBound <= term.utf8Range.lowerBound }.map(\.upperBound)
                .max() ?? 0
            let nextStart =
                withRules.lazy.map(\.utf8Range).filter { $0.lowerBound >= term.utf8Range.upperBound }.map(\.lowerBound)
                .min() ?? utf8.count
            // A concept that is already a negative state ("not breathing", "unconscious") is not turned
            // back by a "no" near it ("no, he is not breathing"): an always-red finding must not be lost.
            let negated =
                rule.value != "no"
                && folded.hasCue(
                    "negation", rules: rules, languages: cueLanguages, around: term.utf8Range,
                    previousEnd: previousEnd, nextStart: nextStart)
            let asked = folded.isQuestion(at: term.utf8Range, rules: rules, languages: cueLanguages)
            var effective = rule
            if negated, let other = rule.negated.flatMap({ rules.concepts[$0] }) {
                effective = other
            }
            let intensified =
                effective.fact == .bleeding
                && folded.hasCue(
                    "intensifier", rules: rules, languages: cueLanguages, around: term.utf8Range,
                    previousEnd: previousEnd, nextStart: nextStart)
            let flipsWithoutConcept = negated && rule.negated == nil
            var urgency = flipsWithoutConcept ? nil : effective.urgency
            if intensified, !flipsWithoutConcept { urgency = .red }
            let item = TriageEvidence(
                conceptID: effective.conceptID, spottedConceptID: term.conceptID, text: term.text,
                utf8Range: term.utf8Range, language: term.language, negated: negated, asked: asked,
                urgency: asked ? nil : urgency, incident: flipsWithoutConcept ? nil : effective.incident)
            evidence.append(item)
            guard !asked, let fact = effective.fact else { continue }
            var value = effective.value
            if flipsWithoutConcept { value = value == "yes" ? "no" : value }
            if intensified, !flipsWithoutConcept { value = "heavy" }
            if !value.isEmpty { facts.stated[fact] = value }
        }
        let stated = evidence.filter { !$0.asked }
        let statedConcepts = Set(stated.map(\.conceptID))
        // Incident: fire first, then traffic, crime, disaster, rescue, medical, other, among the stated.
        var incidents = Set(stated.compactMap(\.incident))
        // A knife in a kitchen accident is not a crime: weapons alone, with injuries, are medical.
        let weaponOnly = stated.filter { $0.incident == .crime }.allSatisfy {
            rules.concepts[$0.conceptID]?.fact == .weapon
        }
        if weaponOnly, incidents.contains(.crime), incidents.contains(.medical) { incidents.remove(.crime) }
        let order: [IncidentKind] = [.fire, .traffic, .crime, .disaster, .rescue, .medical, .other]
        var incident = order.first { incidents.contains($0) }
        // A fire that is out, or only "smoke" with an illness, stays medical when the fire evidence is
        // only green.
        if incident == .fire, !stated.contains(where: { $0.incident == .fire && ($0.urgency ?? .green) > .green }),
            incidents.contains(.medical)
        {
            incident = .medical
        }
        let symptoms = stated.filter { $0.incident == .medical || $0.incident == .rescue }.map(\.conceptID)
        var urgency = stated.compactMap(\.urgency).max()
        // Combinations that are always red: someone trapped in a fire, collapse or landslide; a weapon in a
        // crime; an allergic reaction with trouble breathing or a swollen throat.
        if facts.stated[.trapped] == "yes", incident == .fire || incident == .disaster || incident == .rescue {
            urgency = .red
        }
        if incident == .crime, facts.stated[.weapon] == "yes" { urgency = .red }
        let allergic: Set<String> = ["allergy", "food-allergy", "drug-allergy", "hives", "swelling", "anaphylaxis"]
        let airway: Set<String> = ["difficulty-breathing", "wheezing", "swelling", "choking"]
        if !statedConcepts.isDisjoint(with: allergic), !statedConcepts.isDisjoint(with: airway),
            statedConcepts.intersection(allergic.union(airway)).count >= 2
        {
            urgency = .red
        }
        // Only questions ("is 119 the ambulance number?") and nothing stated: not an emergency.
        if stated.isEmpty, !evidence.isEmpty {
            incident = .other
            urgency = .white
        }
        if urgency == nil, let incident {
            urgency = [.fire, .medical, .rescue, .disaster].contains(incident) ? .yellow : .green
        }
        let injured =
            stated.contains { $0.incident == .medical && ($0.urgency ?? .green) >= .yellow }
            || facts.stated[.injured] == "yes"
        if injured, facts.stated[.injured] == nil { facts.stated[.injured] = "yes" }
        // Line.
        var line: ReportLine
        switch incident {
        case .fire, .rescue, .disaster, .medical: line = .fire
        case .traffic: line = injured ? .fire : .police
        case .crime: line = urgency == .red && injured ? .fire : .police
        case .other, .none:
            let votes = stated.compactMap { rules.concepts[$0.conceptID]?.line }
            line = votes.first ?? receivedOn
        }
        let transfer = receivedOn != .unknown && line != .unknown && receivedOn != line
        let reason: String
        if transfer {
            reason =
                "\(receivedOn.rawValue)番に届いた通報ですが、内容（\(incident?.japanese ?? "不明")）は\(line.japanese)の案件です。転送してください。"
        } else if incident == .crime, line == .fire {
            reason = "重傷者のいる事件：救急を優先し、警察にも連絡してください。"
        } else if incident == nil {
            reason = "内容から判断できません。"
        } else {
            reason = "\(incident?.japanese ?? "")の通報です。"
        }
        if incident != nil { facts.stated[.incident] = incident?.rawValue }
        if line != .unknown { facts.stated[.line] = line.rawValue }
        let language = language ?? terms.first?.language
        extractFacts(text, folded: folded, terms: terms, language: language, location: location, into: &facts)
        let missing = missingFacts(line: line, incident: incident, facts: facts)
        return TriageResult(
            line: LineDecision(line: line, receivedOn: receivedOn, transfer: transfer, reason: reason),
            incident: incident, symptoms: symptoms, urgency: urgency, evidence: evidence, facts: facts, missing: missing
        )
    }

    /// The key facts of the line not yet known, in the phrasebook's question order; the medical questions
    /// only when someone is ill or hurt.
    func missingFacts(line: ReportLine, incident: IncidentKind?, facts: ReportFacts) -> [KeyFact] {
        let known = facts.known
        let medical: Set<KeyFact> = [.age, .conscious, .breathing, .bleeding, .painSite, .history, .pregnancy]
        let someoneHurt = incident == .medical || incident == .rescue || facts.stated[.injured] == "yes"
        var missing: [KeyFact] = []
        let lines: [ReportLine] = line == .unknown ? [.fire] : [line]
        for question in lines.flatMap({ phrasebook.keyQuestions(for: $0) }) {
            guard let fact = question.asks, !known.contains(fact), !missing.contains(fact) else { continue }
            if medical.contains(fact), !someoneHurt { continue }
            // Breathing and bleeding answered "no" or "heavy" are known; a stated unconscious person's
            // pregnancy and history still matter.
            missing.append(fact)
        }
        return missing
    }

    /// People, ages, phone numbers and places.
    private func extractFacts(
        _ text: String, folded: TriageText, terms: [SpottedTerm], language: LanguageCode?, location: ReportLocation?,
        into facts: inout ReportFacts
    ) {
        let languages = Array(Set((language.map { [$0] } ?? []) + terms.map(\.language)))
        facts.phoneNumbers = TriageText.phoneNumbers(in: text)
        var numberWords: [String: Int] = [:]
        for code in languages + ["ja"] { numberWords.merge(rules.numberWords(for: code)) { first, _ in first } }
        let numbers = folded.numbers(words: numberWords).filter { number in
            !facts.phoneNumbers.contains { $0.contains(String(number.value)) && number.value > 999 }
        }
        let ageUnits = languages.flatMap { rules.cues("age-unit", for: $0) }.map(\.cue) + ["歳", "才"]
        let peopleUnits = languages.flatMap { rules.cues("people-unit", for: $0) }.map(\.cue) + ["人"]
        for number in numbers {
            let after = folded.following(number.utf8Range.upperBound, characters: 12)
            if ageUnits.contains(where: { after.hasPrefix($0) }), (0...120).contains(number.value) {
                facts.ages.append(number.value)
            } else if peopleUnits.contains(where: { after.hasPrefix($0) }), (1...500).contains(number.value),
                facts.peopleCount == nil
            {
                facts.peopleCount = number.value
            }
        }
        for term in terms {
            guard let concept = try? lexicon.concept(id: term.conceptID),
                Self.placeDomains.contains(concept.domain),
                !facts.places.contains(where: { $0.utf8Range == term.utf8Range })
            else { continue }
            facts.places.append(
                PlaceFact(
                    text: term.text, conceptID: concept.id, japanese: concept.japanese.forms.first,
                    utf8Range: term.utf8Range, source: .dictionary))
        }
        for (range, words) in TriageText.addresses(in: text) {
            facts.places.append(
                PlaceFact(text: words, conceptID: nil, japanese: nil, utf8Range: range, source: .address))
        }
        if let location, location.hasPosition || !(location.text ?? "").isEmpty {
            var words = location.text ?? ""
            if location.hasPosition, let latitude = location.latitude, let longitude = location.longitude {
                let accuracy = location.accuracyMeters.map { " ±\(Int($0)) m" } ?? ""
                words += (words.isEmpty ? "" : " ") + "(\(latitude), \(longitude)\(accuracy))"
            }
            facts.places.append(PlaceFact(text: words, conceptID: nil, japanese: nil, utf8Range: nil, source: .channel))
        }
    }
}
