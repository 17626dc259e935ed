/// The hours of one shift within a day, in Japan time: `09:00-18:00`, or overnight `22:00-06:00`
/// (which ends the next morning); `00:00-24:00` is the whole day.
public struct ShiftHours: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Minutes from midnight when the shift starts, 0 to 1439.
    public let start: Int
    /// Minutes from midnight when it ends, 1 to 1440; at or before ``start`` when it ends the next day.
    public let end: Int

    /// Creates the hours of a shift, or `nil` when a time is out of range or the shift has no length.
    ///
    /// - Parameters:
    ///   - start: Minutes from midnight, 0 to 1439.
    ///   - end: Minutes from midnight, 1 to 1440 (at or before `start` for a shift that ends the next day).
    public init?(start: Int, end: Int) {
        guard (0..<1440).contains(start), (1...1440).contains(end), start != end else { return nil }
        self.start = start
        self.end = end
    }

    /// 00:00-24:00.
    public static let wholeDay = ShiftHours(checkedStart: 0, end: 1440)

    private init(checkedStart start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// True when the shift ends the next day.
    public var isOvernight: Bool { end < start }

    /// The length in minutes.
    public var minutes: Int { isOvernight ? end + 1440 - start : end - start }

    /// The shift's start and end in seconds from the start of its first day.
    var secondsSpan: (start: Double, end: Double) {
        (Double(start * 60), Double((isOvernight ? end + 1440 : end) * 60))
    }

    /// `HH:MM-HH:MM`.
    public var description: String {
        Self.clock(start) + "-" + Self.clock(end)
    }

    static func clock(_ minutes: Int) -> String {
        CalendarDay.pad(minutes / 60, 2) + ":" + CalendarDay.pad(minutes % 60, 2)
    }

    /// Parses `HH:MM-HH:MM`, or says what is wrong.
    static func parse(_ text: Substring) -> Result<ShiftHours, RosterCellError> {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 else {
            return .failure(RosterCellError("expected hours as HH:MM-HH:MM, found \"\(text)\""))
        }
        guard let start = minutes(parts[0]), start < 1440 else {
            return .failure(RosterCellError("\"\(parts[0])\" is not a time from 00:00 to 23:59"))
        }
        guard let end = minutes(parts[1]), end > 0 else {
            return .failure(RosterCellError("\"\(parts[1])\" is not a time from 00:01 to 24:00"))
        }
        guard let hours = ShiftHours(start: start, end: end) else {
            return .failure(RosterCellError("the shift \"\(text)\" has no length"))
        }
        return .success(hours)
    }

    /// Minutes from midnight of `HH:MM` (24:00 allowed), or `nil`.
    private static func minutes(_ text: Substring) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            let hour = Int(parts[0]), let minute = Int(parts[1]), minute < 60,
            hour < 24 || (hour == 24 && minute == 0)
        else { return nil }
        return hour * 60 + minute
    }
}
