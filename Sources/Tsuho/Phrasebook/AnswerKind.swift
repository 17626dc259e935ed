/// The answer a phrase expects from the caller.
public enum AnswerKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Yes or no.
    case yesNo = "yes-no"
    /// One of the phrase's answer choices, tapped or typed as its number.
    case choice
    /// A number.
    case number
    /// A place or address.
    case place
    /// Free text.
    case text
    /// No answer: an instruction or a reassurance.
    case none
}
