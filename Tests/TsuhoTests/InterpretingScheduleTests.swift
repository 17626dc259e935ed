import Foundation
import Testing
import Tsuho

/// Weekly schedules in Japan time: days, overnight shifts, exceptions, the next change of duty.
struct InterpretingScheduleTests {
    func time(_ text: String) throws -> Date {
        try InterpretingFixtures.time(text)
    }

    @Test func japanTimeIsAFixedOffsetThatAgreesWithTheTimeZoneDatabase() throws {
        let date = try time("2026-12-31T23:30")
        #expect(TokyoTime.format(date) == "2026-12-31T23:30:00+09:00")
        #expect(date.timeIntervalSince1970 == 1_798_727_400)
        #expect(TokyoTime.parse("2026-12-31T14:30:00Z") == date)
        #expect(TokyoTime.parse("2026-12-31 23:30:00.000+09:00") == date)
        #expect(TokyoTime.parse("2026-12-31T15:30+01:00") == date)
        #expect(TokyoTime.parse("2026-13-01T00:00") == nil)
        #expect(TokyoTime.parse("yesterday") == nil)
        #expect(TokyoTime.format(date.addingTimeInterval(0.25), milliseconds: true) == "2026-12-31T23:30:00.250+09:00")
        // Japan last observed daylight saving time in 1951.
        if let tokyo = TimeZone(identifier: "Asia/Tokyo") {
            for days in stride(from: -6_574, to: 47_000, by: 97) {
                let day = Date(timeIntervalSince1970: Double(days) * 86_400)
                #expect(tokyo.secondsFromGMT(for: day) == TokyoTime.secondsFromGMT)
            }
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: TokyoTime.secondsFromGMT) ?? calendar.timeZone
        for days in stride(from: -30_000, to: 60_000, by: 113) {
            let day = Date(timeIntervalSince1970: Double(days) * 86_400 + 3600)
            let components = calendar.dateComponents([.year, .month, .day, .weekday], from: day)
            let ours = TokyoTime.day(of: day)
            #expect(ours.components.year == components.year && ours.components.month == components.month)
            #expect(ours.components.day == components.day)
            #expect((ours.weekday.rawValue + 1) % 7 + 1 == components.weekday)
        }
    }

    @Test func weekdaysRangesAndListsParse() throws {
        let schedule = try WeeklySchedule(
            parsing: "mon-wed,fri 09:00-12:00 | fri-mon 20:00-22:00 | weekends 12:00-13:00")
        #expect(
            schedule.shifts.map(\.days) == [
                [.monday, .tuesday, .wednesday, .friday], [.monday, .friday, .saturday, .sunday], [.saturday, .sunday],
            ])
        #expect(schedule.description == "mon-wed,fri 09:00-12:00 | mon,fri-sun 20:00-22:00 | sat,sun 12:00-13:00")
        #expect(throws: RosterError.self) { try WeeklySchedule(parsing: "someday 09:00-10:00") }
        #expect(throws: RosterError.self) { try WeeklySchedule(parsing: "mon 10:00-10:00") }
        #expect(throws: RosterError.self) { try WeeklySchedule(parsing: "mon 9:00-10:00") }
        #expect(throws: RosterError.self) {
            try WeeklySchedule(parsing: "", exceptions: "2026-12-31 off | 2026-12-31 10:00-12:00")
        }
    }

    @Test func overnightShiftsBelongToTheDayTheyStart() throws {
        // 2026-12-05 is a Saturday.
        let schedule = try WeeklySchedule(parsing: "sat 22:00-06:00")
        #expect(schedule.isOnDuty(at: try time("2026-12-05T22:00")))
        #expect(schedule.isOnDuty(at: try time("2026-12-06T05:59")))
        #expect(!schedule.isOnDuty(at: try time("2026-12-06T06:00")))
        #expect(!schedule.isOnDuty(at: try time("2026-12-05T05:00")))
        #expect(!schedule.isOnDuty(at: try time("2026-12-06T22:00")))
        #expect(schedule.nextChange(after: try time("2026-12-05T12:00")) == (try time("2026-12-05T22:00")))
        #expect(schedule.nextChange(after: try time("2026-12-05T23:00")) == (try time("2026-12-06T06:00")))
        #expect(schedule.dutyStart(at: try time("2026-12-06T03:00")) == (try time("2026-12-05T22:00")))
    }

    @Test func exceptionsReplaceTheShiftsStartingThatDay() throws {
        // 2026-12-31 is a Thursday; 2027-01-02 a Saturday.
        let schedule = try WeeklySchedule(
            parsing: "mon-fri 09:00-18:00 | wed 22:00-02:00", exceptions: "2026-12-31 off | 2027-01-02 10:00-16:00")
        #expect(!schedule.isOnDuty(at: try time("2026-12-31T10:00")))
        #expect(schedule.isOnDuty(at: try time("2026-12-31T01:00")), "Wednesday's night shift runs into the day off")
        #expect(schedule.isOnDuty(at: try time("2027-01-02T12:00")))
        #expect(!schedule.isOnDuty(at: try time("2027-01-02T17:00")))
        #expect(schedule.isOnDuty(at: try time("2027-01-01T17:59")))
        #expect(schedule.shifts(on: try #require(CalendarDay("2026-12-31"))).isEmpty)
    }

    @Test func aroundTheClockNeverChangesAndTouchingShiftsMerge() throws {
        #expect(WeeklySchedule.aroundTheClock.nextChange(after: try time("2026-12-01T00:00")) == nil)
        let split = try WeeklySchedule(parsing: "daily 00:00-12:00 | daily 12:00-24:00")
        #expect(split.nextChange(after: try time("2026-12-01T11:00")) == nil)
        let weekdays = try WeeklySchedule(parsing: "weekdays 00:00-24:00")
        // Monday 2026-12-07 00:00 is the next change after Saturday noon.
        #expect(weekdays.nextChange(after: try time("2026-12-05T12:00")) == (try time("2026-12-07T00:00")))
        #expect(weekdays.nextChange(after: try time("2026-12-07T12:00")) == (try time("2026-12-12T00:00")))
    }
}
