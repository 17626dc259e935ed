/// What a batch of dictionary edits did.
public struct EditReport: Sendable, Hashable, Encodable {
    /// Cells whose content changed.
    public var changed: [String] = []
    /// Cells that already had the requested content.
    public var unchanged = 0
    /// Changes refused because they would overwrite a reviewed cell; nothing was written for them.
    public var conflicts: [String] = []
    /// Files written.
    public var files: [String] = []

    /// Creates an empty report.
    public init() {}
}
