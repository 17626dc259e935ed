/// A day of the week, Monday first, written as in a roster (`mon` … `sun`).
public enum Weekday: Int, Sendable, Hashable, Codable, CaseIterable, Comparable, CustomStringConvertible {
    /// Monday.
    case monday
    /// Tuesday.
    case tuesday
    /// Wednesday.
    case wednesday
    /// Thursday.
    case thursday
    /// Friday.
    case friday
    /// Saturday.
    case saturday
    /// Sunday.
    case sunday

    /// The three-letter name used in rosters: "mon" … "sun".
    public var abbreviation: String {
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][rawValue]
    }

    /// The day with a three-letter name, or `nil`.
    ///
    /// - Parameter abbreviation: "mon" … "sun", in any case.
    public init?(abbreviation: String) {
        let names = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        guard let index = names.firstIndex(of: abbreviation.lowercased()) else { return nil }
        self.init(rawValue: index)
    }

    /// The three-letter name.
    public var description: String { abbreviation }

    /// Orders days Monday first.
    public static func < (lhs: Weekday, rhs: Weekday) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
