/// A sentence the call-taker sends: a question, an instruction, a reassurance, a confirmation or an
/// answer option, in every language the phrasebook has.
public struct Phrase: Sendable, Hashable, Identifiable {
    /// The stable id (`q119-breathing`).
    public let id: String
    /// `question-119`, `question-110`, `instruction`, `reassurance`, `confirmation`, `answer` or
    /// `conversation`.
    public let domain: String
    /// The line it belongs to, or `nil` for both.
    public let line: ReportLine?
    /// For the key questions: the position in the call-taker's order for the line.
    public let step: Int?
    /// What the phrase does (`ask-breathing`, `instruct-chest-compressions`).
    public let intent: String
    /// For questions: the fact it asks for.
    public let asks: KeyFact?
    /// The answer it expects.
    public let answer: AnswerKind
    /// The ids of the answer phrases offered, in order: the caller taps one or types its number.
    public let choices: [String]
    /// The named arguments of its patterns.
    public let arguments: [PhraseArgument]
    /// Pictogram ids, the main one first.
    public let pictograms: [String]
    /// A note for translators.
    public let notes: String
    /// The phrase per language.
    public let texts: [LanguageCode: PhraseText]

    /// True for a key question of a line (it has a step).
    public var isKeyQuestion: Bool { step != nil }
}
