/// A spotted term and what it did to the triage: the caller's words, the concept they name, and
/// whether they were negated ("not breathing") or asked about rather than stated.
public struct TriageEvidence: Sendable, Hashable, Encodable {
    /// The concept as the caller stated it (after negation: "breathing" + "not" is `not-breathing`).
    public let conceptID: String
    /// The concept the caller's words name before negation.
    public let spottedConceptID: String
    /// The caller's words, exactly as written.
    public let text: String
    /// Where they are in the caller's text (UTF-8 offsets).
    public let utf8Range: Range<Int>
    /// The language of the dictionary form that matched.
    public let language: LanguageCode
    /// True when a negation word turned the meaning.
    public let negated: Bool
    /// True when the words were part of a question, so they state nothing.
    public let asked: Bool
    /// The urgency this evidence implies, if any.
    public let urgency: Urgency?
    /// The incident it points to, if any.
    public let incident: IncidentKind?

    private enum CodingKeys: String, CodingKey {
        case conceptID = "concept"
        case spottedConceptID = "spotted"
        case text
        case utf8Range = "utf8"
        case language, negated, asked, urgency, incident
    }
}
