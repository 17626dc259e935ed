/// What triage decided about a report: the line, the incident, the urgency with its evidence, the
/// facts given and the key facts still missing.
public struct TriageResult: Sendable, Hashable, Encodable {
    /// 110, 119 or transfer.
    public let line: LineDecision
    /// The incident, or `nil` when nothing in the text says.
    public let incident: IncidentKind?
    /// For medical incidents, the symptoms and conditions named (concept ids).
    public let symptoms: [String]
    /// The urgency, or `nil` when nothing in the text says: never a guess.
    public let urgency: Urgency?
    /// The terms the decisions rest on.
    public let evidence: [TriageEvidence]
    /// The facts the report gives.
    public let facts: ReportFacts
    /// The key facts still missing, in the line's question order.
    public let missing: [KeyFact]
}
