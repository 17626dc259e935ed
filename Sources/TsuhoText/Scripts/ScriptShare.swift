/// One script of a text and how much of the text it writes.
public struct ScriptShare: Sendable, Hashable, Codable {
    /// The ISO 15924 code, such as "Hira" or "Latn".
    public let code: String
    /// The Unicode name of the script, such as "Hiragana".
    public let name: String
    /// How many Unicode scalars of the text are in the script.
    public let count: Int
    /// The script's share of the scalars that belong to a specific script (0 to 1).
    public let share: Double

    /// Creates a share.
    ///
    /// - Parameters:
    ///   - code: The ISO 15924 code.
    ///   - name: The Unicode name of the script.
    ///   - count: How many scalars are in the script.
    ///   - share: The script's share of the scalars that belong to a specific script.
    public init(code: String, name: String, count: Int, share: Double) {
        self.code = code
        self.name = name
        self.count = count
        self.share = share
    }
}
