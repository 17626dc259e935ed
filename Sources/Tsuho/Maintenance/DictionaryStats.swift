/// How complete and how reviewed the dictionary is, per language and per domain.
public struct DictionaryStats: Sendable, Hashable, Encodable {
    /// Counts of cells.
    public struct Counts: Sendable, Hashable, Encodable {
        /// Cells that could be filled (concepts × languages counted).
        public var total = 0
        /// Cells with at least one form.
        public var filled = 0
        /// Filled cells still `draft`.
        public var draft = 0
        /// Filled cells marked `reviewed`.
        public var reviewed = 0

        /// Filled cells as a share of all, from 0 to 1.
        public var filledShare: Double { total == 0 ? 0 : Double(filled) / Double(total) }

        mutating func add(_ entry: TermEntry?) {
            total += 1
            guard let entry, entry.isFilled else { return }
            filled += 1
            if entry.status == .reviewed { reviewed += 1 } else { draft += 1 }
        }
    }

    /// The counts of one language over every concept.
    public struct LanguageStats: Sendable, Hashable, Encodable {
        /// The language.
        public let language: LanguageCode
        /// Its cells.
        public let counts: Counts
    }

    /// The counts of one domain over every language.
    public struct DomainStats: Sendable, Hashable, Encodable {
        /// The domain.
        public let domain: String
        /// The concepts in it.
        public let concepts: Int
        /// Their cells in every language.
        public let counts: Counts
    }

    /// The number of concepts.
    public let concepts: Int
    /// Counts per language, in the order of the language list.
    public let languages: [LanguageStats]
    /// Counts per domain, sorted by domain.
    public let domains: [DomainStats]

    /// Counts a lexicon.
    ///
    /// - Parameter lexicon: The dictionary.
    public init(lexicon: Lexicon) {
        concepts = lexicon.concepts.count
        var byDomain: [String: (concepts: Int, counts: Counts)] = [:]
        var byLanguage: [LanguageStats] = []
        for (languagePosition, language) in lexicon.languages.enumerated() {
            var counts = Counts()
            for (conceptPosition, concept) in lexicon.concepts.enumerated() {
                let entry = lexicon.entry(languagePosition, conceptPosition)
                counts.add(entry)
                byDomain[concept.domain, default: (0, Counts())].counts.add(entry)
            }
            byLanguage.append(LanguageStats(language: language.code, counts: counts))
        }
        for concept in lexicon.concepts {
            byDomain[concept.domain, default: (0, Counts())].concepts += 1
        }
        languages = byLanguage
        domains = byDomain.map { DomainStats(domain: $0.key, concepts: $0.value.concepts, counts: $0.value.counts) }
            .sorted { $0.domain < $1.domain }
    }
}
