/// A dated change to an interpreter's weekly schedule: a day off, or other hours that day.
///
/// An exception replaces the shifts that start on its day; a shift that started the day before and runs
/// past midnight is not affected.
public struct ScheduleException: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The day, in Japan.
    public let day: CalendarDay
    /// The shifts that day, in place of the weekly ones; empty for a day off.
    public let hours: [ShiftHours]

    /// Creates an exception.
    ///
    /// - Parameters:
    ///   - day: The day.
    ///   - hours: The shifts that day; empty for a day off.
    public init(day: CalendarDay, hours: [ShiftHours]) {
        self.day = day
        self.hours = hours
    }

    /// True for a day off.
    public var isDayOff: Bool { hours.isEmpty }

    /// `2026-12-31 off`, or the day's shifts joined with ` | ` (`2027-01-02 10:00-16:00`).
    public var description: String {
        isDayOff ? "\(day) off" : hours.map { "\(day) \($0)" }.joined(separator: " | ")
    }
}
