/// Where a search key came from: a form of a concept in a language.
struct Posting: Sendable, Hashable {
    /// The concept's position in ``Lexicon/concepts``.
    let concept: Int32
    /// The language's position in ``Lexicon/languages``.
    let language: Int32
    /// The form's position among the concept's forms in that language (0 is the most standard).
    let form: Int32
}
