/// Where a report belongs: 110 or 119, and whether it must be transferred from the line it reached.
public struct LineDecision: Sendable, Hashable, Encodable {
    /// The line the report belongs to (`unknown` when nothing in it says).
    public let line: ReportLine
    /// The line it reached.
    public let receivedOn: ReportLine
    /// True when it reached the other line and must be transferred.
    public let transfer: Bool
    /// Why, in Japanese, for the operator ("火災の通報が110番に届いた").
    public let reason: String
}
