/// What one dictionary concept says about a report when a caller mentions it (a row of
/// `Dictionaries/rules/triage.tsv`).
public struct ConceptRule: Sendable, Hashable {
    /// The concept.
    public let conceptID: String
    /// The line it points to, if any.
    public let line: ReportLine?
    /// The incident it points to, if any.
    public let incident: IncidentKind?
    /// The urgency it implies, if any.
    public let urgency: Urgency?
    /// The key fact it answers, if any, and with which value (`yes`, `no`, `heavy`).
    public let fact: KeyFact?
    /// The fact's value.
    public let value: String
    /// The concept it means when negated ("breathing" negated is "not-breathing").
    public let negated: String?
}
