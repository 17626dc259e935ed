public import Foundation

/// When an interpreter is on duty: weekly shifts in Japan time and dated exceptions.
///
/// ```swift
/// let schedule = try WeeklySchedule(parsing: "mon-fri 09:00-18:00 | sat 22:00-06:00",
///                                   exceptions: "2026-12-31 off | 2027-01-02 10:00-16:00")
/// schedule.isOnDuty(at: TokyoTime.parse("2026-12-05T23:00")!)   // true: Saturday night
/// ```
///
/// A shift belongs to the day it starts on; an exception replaces the shifts that start on its day.
public struct WeeklySchedule: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The weekly shifts.
    public let shifts: [Shift]
    /// The dated exceptions, one per day, in date order.
    public let exceptions: [ScheduleException]

    /// Per weekday (Monday first), the shifts starting that day, in seconds from its midnight.
    private let weekly: [[Span]]
    /// Per day number, the shifts of an exception day.
    private let exceptional: [Int: [Span]]

    private struct Span: Sendable, Hashable {
        var start: Double
        var end: Double
    }

    private enum CodingKeys: String, CodingKey {
        case shifts
        case exceptions
    }

    /// A schedule on duty around the clock, every day.
    public static let aroundTheClock = WeeklySchedule(
        shifts: [Shift(days: Weekday.allCases, hours: .wholeDay)], exceptions: [])

    /// Creates a schedule.
    ///
    /// - Parameters:
    ///   - shifts: The weekly shifts.
    ///   - exceptions: Dated exceptions; several for one day are combined (a day off and hours on the
    ///     same day give the hours).
    public init(shifts: [Shift], exceptions: [ScheduleException] = []) {
        self.shifts = shifts
        var byDay: [CalendarDay: [ShiftHours]] = [:]
        for exception in exceptions {
            byDay[exception.day, default: []] += exception.hours
        }
        self.exceptions = byDay.keys.sorted().map { ScheduleException(day: $0, hours: byDay[$0] ?? []) }
        var weekly = [[Span]](repeating: [], count: 7)
        for shift in shifts {
            let span = shift.hours.secondsSpan
            for day in shift.days {
                weekly[day.rawValue].append(Span(start: span.start, end: span.end))
            }
        }
        self.weekly = weekly
        exceptional = byDay.reduce(into: [:]) { result, entry in
            result[entry.key.dayNumber] = entry.value.map { Span(start: $0.secondsSpan.start, end: $0.secondsSpan.end) }
        }
    }

    /// Parses the `schedule` and `exceptions` cells of a roster.
    ///
    /// - Parameters:
    ///   - schedule: Shifts separated by ` | `, each `DAYS HH:MM-HH:MM`; may be empty.
    ///   - exceptions: Exceptions separated by ` | `, each `YYYY-MM-DD off` or `YYYY-MM-DD HH:MM-HH:MM`;
    ///     may be empty.
    /// - Throws: ``RosterError`` with code ``RosterError/Code/malformedData`` saying what is wrong.
    public init(parsing schedule: String, exceptions: String = "") throws {
        let shifts: [Shift]
        switch Self.parseShifts(schedule) {
        case .success(let parsed): shifts = parsed
        case .failure(let error): throw RosterError.malformed(field: "schedule", error.message)
        }
        switch Self.parseExceptions(exceptions) {
        case .success(let parsed): self.init(shifts: shifts, exceptions: parsed)
        case .failure(let error): throw RosterError.malformed(field: "exceptions", error.message)
        }
    }

    /// Decodes a schedule from its shifts and exceptions.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            shifts: container.decode([Shift].self, forKey: .shifts),
            exceptions: container.decode([ScheduleException].self, forKey: .exceptions))
    }

    /// Encodes the shifts and exceptions.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(shifts, forKey: .shifts)
        try container.encode(exceptions, forKey: .exceptions)
    }

    /// The shifts as a roster writes them, ` | ` between them; empty without shifts.
    public var description: String {
        shifts.map(\.description).joined(separator: " | ")
    }

    /// The shifts that start on a day: its exception's, or the weekly ones for its weekday.
    ///
    /// - Parameter day: The day.
    /// - Returns: The hours of each shift.
    public func shifts(on day: CalendarDay) -> [ShiftHours] {
        if let exception = exceptions.first(where: { $0.day == day }) {
            return exception.hours
        }
        return shifts.filter { $0.days.contains(day.weekday) }.map(\.hours)
    }

    /// True when the interpreter is on duty at a time.
    ///
    /// - Parameter date: The time.
    /// - Returns: Whether a shift covers it.
    public func isOnDuty(at date: Date) -> Bool {
        isOnDuty(unix: date.timeIntervalSince1970)
    }

    /// The next time after `date` when the interpreter comes on or goes off duty, looking up to a week
    /// ahead; `nil` when nothing changes in that week (on duty throughout, or off throughout).
    ///
    /// - Parameter date: The time.
    /// - Returns: The time of the change, or `nil`.
    public func nextChange(after date: Date) -> Date? {
        let (change, certain) = nextChange(afterUnix: date.timeIntervalSince1970)
        return certain ? Date(timeIntervalSince1970: change) : nil
    }

    /// When the stretch of duty that covers `date` began, looking back up to a week; `nil` when off duty.
    ///
    /// - Parameter date: The time.
    /// - Returns: The start of the stretch (at most a week back).
    public func dutyStart(at date: Date) -> Date? {
        let now = date.timeIntervalSince1970
        let day = TokyoTime.dayNumber(of: now)
        for interval in merged(days: (day - 7)...day) where interval.start <= now && now < interval.end {
            return Date(timeIntervalSince1970: interval.start)
        }
        return nil
    }

    func isOnDuty(unix time: Double) -> Bool {
        let day = TokyoTime.dayNumber(of: time)
        let second = time - TokyoTime.startOfDay(day)
        for span in spans(onDay: day) where span.start <= second && second < span.end {
            return true
        }
        let yesterday = second + 86_400
        for span in spans(onDay: day - 1) where span.start <= yesterday && yesterday < span.end {
            return true
        }
        return false
    }

    /// The next change of duty after `time` (seconds since 1970), and whether it is a real change: when
    /// nothing changes within a week, the time a week ahead when to look again, and `false`.
    func nextChange(afterUnix time: Double) -> (time: Double, certain: Bool) {
        let day = TokyoTime.dayNumber(of: time)
        let horizon = TokyoTime.startOfDay(day + 8)
        for interval in merged(days: (day - 1)...(day + 7)) {
            if interval.start > time {
                return interval.start < horizon ? (interval.start, true) : (horizon, false)
            }
            if time < interval.end {
                return interval.end < horizon ? (interval.end, true) : (horizon, false)
            }
        }
        return (horizon, false)
    }

    private func spans(onDay day: Int) -> [Span] {
        if let exception = exceptional[day] {
            return exception
        }
        let weekday = ((day + 3) % 7 + 7) % 7
        return weekly[weekday]
    }

    /// The shifts starting on some days as absolute times, sorted and merged where they overlap or touch.
    private func merged(days: ClosedRange<Int>) -> [Span] {
        var intervals: [Span] = []
        for day in days {
            let start = TokyoTime.startOfDay(day)
            for span in spans(onDay: day) {
                intervals.append(Span(start: start + span.start, end: start + span.end))
            }
        }
        intervals.sort { $0.start < $1.start }
        var result: [Span] = []
        for interval in intervals {
            if let last = result.last, interval.start <= last.end {
                result[result.count - 1].end = max(last.end, interval.end)
            } else {
                result.append(interval)
            }
        }
        return result
    }

    /// Parses a schedule cell: shifts separated by `|`.
    static func parseShifts(_ cell: String) -> Result<[Shift], RosterCellError> {
        var shifts: [Shift] = []
        for item in items(cell) {
            switch Shift.parse(item) {
            case .success(let shift): shifts.append(shift)
            case .failure(let error): return .failure(error)
            }
        }
        return .success(shifts)
    }

    /// Parses an exceptions cell: `YYYY-MM-DD off` or `YYYY-MM-DD HH:MM-HH:MM`, separated by `|`.
    static func parseExceptions(_ cell: String) -> Result<[ScheduleException], RosterCellError> {
        var hours: [CalendarDay: [ShiftHours]] = [:]
        var off: Set<CalendarDay> = []
        for item in items(cell) {
            let words = item.split(whereSeparator: \.isWhitespace)
            guard words.count == 2 else {
                return .failure(
                    RosterCellError(
                        "expected \"YYYY-MM-DD off\" or \"YYYY-MM-DD HH:MM-HH:MM\", found \"\(item)\""))
            }
            guard let day = CalendarDay(words[0]) else {
                return .failure(RosterCellError("\"\(words[0])\" is not a date (YYYY-MM-DD)"))
            }
            if words[1].lowercased() == "off" {
                guard hours[day] == nil, !off.contains(day) else {
                    return .failure(RosterCellError("\(day) is given twice, once as off"))
                }
                off.insert(day)
                continue
            }
            guard !off.contains(day) else {
                return .failure(RosterCellError("\(day) is given twice, once as off"))
            }
            switch ShiftHours.parse(words[1]) {
            case .success(let parsed): hours[day, default: []].append(parsed)
            case .failure(let error): return .failure(error)
            }
        }
        let exceptions =
            off.map { ScheduleException(day: $0, hours: []) }
            + hours.map { ScheduleException(day: $0.key, hours: $0.value) }
        return .success(exceptions.sorted { $0.day < $1.day })
    }

    /// The items of a cell separated by `|`, trimmed; none for an empty cell.
    private static func items(_ cell: String) -> [Substring] {
        let trimmed = cell.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return [] }
        return cell.split(separator: "|", omittingEmptySubsequences: false).map {
            let item = $0.drop(while: \.isWhitespace)
            return item.dropLast(item.reversed().prefix(while: \.isWhitespace).count)
        }
    }
}
