/// What a concept is: a word or name, or a sentence with arguments.
public enum ConceptKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A word, term or name.
    case term
    /// A sentence, an ICU MessageFormat pattern with named arguments.
    case phrase
}
