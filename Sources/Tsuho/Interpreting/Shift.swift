/// A weekly shift: the days it starts on and its hours, `mon-fri 09:00-18:00`.
///
/// An overnight shift belongs to the day it starts on: `fri 22:00-06:00` runs from Friday 22:00 to
/// Saturday 06:00.
public struct Shift: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The days the shift starts on, Monday first.
    public let days: [Weekday]
    /// The hours.
    public let hours: ShiftHours

    /// Creates a shift.
    ///
    /// - Parameters:
    ///   - days: The days it starts on (duplicates are ignored).
    ///   - hours: The hours.
    public init(days: some Sequence<Weekday>, hours: ShiftHours) {
        self.days = Set(days).sorted()
        self.hours = hours
    }

    /// `days hours`, with the days as `daily`, a range (`mon-fri`) or a list (`mon,wed,fri`).
    public var description: String {
        Self.describe(days) + " " + hours.description
    }

    static func describe(_ days: [Weekday]) -> String {
        if days.count == 7 { return "daily" }
        var parts: [String] = []
        var index = 0
        while index < days.count {
            var last = index
            while last + 1 < days.count, days[last + 1].rawValue == days[last].rawValue + 1 {
                last += 1
            }
            parts.append(
                last - index >= 2
                    ? days[index].abbreviation + "-" + days[last].abbreviation
                    : days[index...last].map(\.abbreviation).joined(separator: ","))
            index = last + 1
        }
        return parts.joined(separator: ",")
    }

    /// Parses `DAYS HH:MM-HH:MM`, or says what is wrong.
    static func parse(_ text: Substring) -> Result<Shift, RosterCellError> {
        let words = text.split(whereSeparator: \.isWhitespace)
        guard words.count == 2 else {
            return .failure(
                RosterCellError("expected \"DAYS HH:MM-HH:MM\" (such as \"mon-fri 09:00-18:00\"), found \"\(text)\""))
        }
        let days: [Weekday]
        switch parseDays(words[0]) {
        case .success(let parsed): days = parsed
        case .failure(let error): return .failure(error)
        }
        return ShiftHours.parse(words[1]).map { Shift(days: days, hours: $0) }
    }

    /// Parses `daily`, `weekdays`, `weekends`, a day, a range (wrapping allowed: `fri-mon`) or a
    /// comma-separated list of days and ranges.
    static func parseDays(_ text: Substring) -> Result<[Weekday], RosterCellError> {
        switch text.lowercased() {
        case "daily": return .success(Weekday.allCases)
        case "weekdays": return .success([.monday, .tuesday, .wednesday, .thursday, .friday])
        case "weekends": return .success([.saturday, .sunday])
        default: break
        }
        var days: Set<Weekday> = []
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            let ends = item.split(separator: "-", omittingEmptySubsequences: false)
            var parsed: [Weekday] = []
            for end in ends {
                guard let day = Weekday(abbreviation: String(end)) else {
                    return .failure(
                        RosterCellError(
                            "unknown day \"\(end)\"; use mon, tue, wed, thu, fri, sat, sun, a range such as mon-fri, daily, weekdays or weekends"
                        ))
                }
                parsed.append(day)
            }
            guard parsed.count == 1 || parsed.count == 2 else {
                return .failure(RosterCellError("\"\(item)\" is not a day or a range of days"))
            }
            var day = parsed[0]
            days.insert(day)
            if parsed.count == 2 {
                while day != parsed[1] {
                    day = Weekday(rawValue: (day.rawValue + 1) % 7) ?? .monday
                    days.insert(day)
                }
            }
        }
        return .success(days.sorted())
    }
}
