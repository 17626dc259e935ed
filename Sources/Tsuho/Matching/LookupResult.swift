/// One concept found by ``Lexicon/lookup(_:from:to:limit:)``, with how it matched and its forms in the
/// requested languages.
public struct LookupResult: Sendable, Hashable, Encodable {
    /// The concept.
    public let concept: Concept
    /// How the query matched.
    public let match: MatchKind
    /// The language of the form that matched.
    public let language: LanguageCode
    /// The form that matched (for romaji, the Japanese form whose reading matched).
    public let form: String
    /// The concept in each requested language, in the order requested.
    public let translations: [Translation]

    /// The concept's forms in one language.
    public struct Translation: Sendable, Hashable, Encodable {
        /// The language.
        public let language: LanguageCode
        /// The forms and their review status.
        public let entry: TermEntry
        /// For Japanese, the hiragana reading of each form.
        public let readings: [String]
    }
}
