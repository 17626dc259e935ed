public import Foundation

/// Wall-clock time in Japan (Asia/Tokyo, UTC+09:00), the time zone of every roster and schedule.
///
/// Japan has not observed daylight saving time since 1951, so Asia/Tokyo is a fixed offset of +09:00 for
/// every date a router will see. Tsuho computes with that offset directly: it is exact, needs no tzdata
/// and is fast enough for the staffing simulator. A test checks it against Foundation's `Asia/Tokyo`.
///
/// ```swift
/// let date = TokyoTime.parse("2026-12-31T23:30")          // 14:30 UTC
/// TokyoTime.format(date!)                                 // "2026-12-31T23:30:00+09:00"
/// ```
public enum TokyoTime {
    /// The offset from UTC, in seconds (+09:00).
    public static let secondsFromGMT = 32_400

    /// Parses a time written as `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM`, `YYYY-MM-DDTHH:MM:SS` or with
    /// fractional seconds, optionally followed by `Z` or an offset such as `+09:00`; a space may stand
    /// for the `T`. A time without an offset is Japan time.
    ///
    /// - Parameter text: The time.
    /// - Returns: The time, or `nil` when the text is not in one of these forms.
    public static func parse(_ text: String) -> Date? {
        var scalars = Substring(text.trimmingCharacters(in: .whitespaces))
        var offset = secondsFromGMT
        if scalars.hasSuffix("Z") || scalars.hasSuffix("z") {
            offset = 0
            scalars = scalars.dropLast()
        } else if scalars.count > 16, let sign = scalars.dropLast(5).last, sign == "+" || sign == "-" {
            let zone = scalars.suffix(5)
            guard zone.count == 5, zone[zone.index(zone.startIndex, offsetBy: 2)] == ":",
                let hours = Int(zone.prefix(2)), let minutes = Int(zone.suffix(2)), hours < 24, minutes < 60
            else { return nil }
            offset = (hours * 3600 + minutes * 60) * (sign == "-" ? -1 : 1)
            scalars = scalars.dropLast(6)
        }
        let dateText = scalars.prefix(10)
        guard let day = CalendarDay(dateText) else { return nil }
        var seconds = 0.0
        let rest = scalars.dropFirst(10)
        if !rest.isEmpty {
            guard let separator = rest.first, separator == "T" || separator == " " || separator == "t" else {
                return nil
            }
            let clock = rest.dropFirst().split(separator: ":", omittingEmptySubsequences: false)
            guard clock.count == 2 || clock.count == 3, clock[0].count == 2, clock[1].count == 2,
                let hour = Int(clock[0]), let minute = Int(clock[1]), hour < 24, minute < 60
            else { return nil }
            seconds = Double(hour * 3600 + minute * 60)
            if clock.count == 3 {
                guard clock[2].count >= 2, clock[2].prefix(2).allSatisfy(\.isASCIIDigit),
                    let second = Double(clock[2]), second < 60
                else { return nil }
                seconds += second
            }
        }
        return Date(timeIntervalSince1970: Double(day.dayNumber) * 86_400 + seconds - Double(offset))
    }

    /// Writes a time in Japan as `YYYY-MM-DDTHH:MM:SS+09:00`, with milliseconds when asked.
    ///
    /// - Parameters:
    ///   - date: The time.
    ///   - milliseconds: True to add `.mmm`.
    /// - Returns: The text.
    public static func format(_ date: Date, milliseconds: Bool = false) -> String {
        let total = (date.timeIntervalSince1970 + Double(secondsFromGMT)) * 1000
        let millis = Int64(total.rounded())
        let day = Int(floorDivide(millis, 86_400_000))
        let inDay = Int(millis - Int64(day) * 86_400_000)
        let clock =
            CalendarDay.pad(inDay / 3_600_000, 2) + ":" + CalendarDay.pad(inDay / 60_000 % 60, 2) + ":"
            + CalendarDay.pad(inDay / 1000 % 60, 2)
        let fraction = milliseconds ? "." + CalendarDay.pad(inDay % 1000, 3) : ""
        return CalendarDay(dayNumber: day).description + "T" + clock + fraction + "+09:00"
    }

    /// Writes a time in Japan briefly, for people: `YYYY-MM-DD HH:MM` (seconds when not zero).
    ///
    /// - Parameter date: The time.
    /// - Returns: The text.
    public static func describe(_ date: Date) -> String {
        let full = format(date)
        let day = full.prefix(10)
        let time = full.dropFirst(11).prefix(8)
        return day + " " + (time.hasSuffix(":00") ? String(time.prefix(5)) : String(time))
    }

    /// The day in Japan that a time falls on.
    ///
    /// - Parameter date: The time.
    /// - Returns: The calendar day.
    public static func day(of date: Date) -> CalendarDay {
        CalendarDay(dayNumber: dayNumber(of: date.timeIntervalSince1970))
    }

    /// The day number (days since 1970-01-01 in Japan) of a time given in seconds since 1970.
    static func dayNumber(of unixSeconds: Double) -> Int {
        Int(((unixSeconds + Double(secondsFromGMT)) / 86_400).rounded(.down))
    }

    /// The start of a day in Japan, in seconds since 1970.
    static func startOfDay(_ dayNumber: Int) -> Double {
        Double(dayNumber) * 86_400 - Double(secondsFromGMT)
    }

    private static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
        let quotient = value / divisor
        return value % divisor < 0 ? quotient - 1 : quotient
    }
}
