import ArgumentParser
import Foundation
import Tsuho

/// Durations and rates as typed on the command line: `20s`, `8m`, `1.5h`, `30d`; `vi:12/h,ne:3/h`.
enum DurationText {
    /// Seconds in a `s`, `m`, `h` or `d` unit.
    static let units: [Character: Double] = ["s": 1, "m": 60, "h": 3600, "d": 86_400]

    /// Parses `N` followed by s, m, h or d (a bare number is seconds).
    static func seconds(_ text: String, option: String) throws -> TimeInterval {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        var number = Substring(trimmed)
        var unit = 1.0
        if let last = trimmed.last, let scale = units[last] {
            number = number.dropLast()
            unit = scale
        }
        guard let value = Double(number), value >= 0, value.isFinite else {
            throw ValidationError("\(option) \"\(text)\" is not a duration such as 20s, 8m, 1.5h or 30d.")
        }
        return value * unit
    }

    /// Parses `lang:N/unit` items separated by commas, such as `vi:12/h,ne:3/h` (per s, m, h or d).
    static func arrivals(_ text: String) throws -> [ArrivalRate] {
        var rates: [ArrivalRate] = []
        for item in text.split(separator: ",") {
            let parts = item.trimmingCharacters(in: .whitespaces).split(separator: ":")
            let rate = parts.count == 2 ? parts[1].split(separator: "/") : []
            guard parts.count == 2, !parts[0].isEmpty, rate.count == 2, let count = Double(rate[0]), count >= 0,
                count.isFinite, rate[1].count == 1, let unit = rate[1].first.flatMap({ units[$0] })
            else {
                throw ValidationError("--arrivals item \"\(item)\" is not like vi:12/h (calls per s, m, h or d).")
            }
            rates.append(ArrivalRate(language: LanguageCode(String(parts[0])), perHour: count / unit * 3600))
        }
        guard !rates.isEmpty else {
            throw ValidationError("--arrivals needs at least one language, such as vi:12/h.")
        }
        return rates
    }

    /// Parses `urgency:share` items such as `red:0.1,yellow:0.3` (the rest is green).
    static func urgencyShares(_ text: String) throws -> [Urgency: Double] {
        var shares: [Urgency: Double] = [:]
        for item in text.split(separator: ",") {
            let parts = item.trimmingCharacters(in: .whitespaces).split(separator: ":")
            guard parts.count == 2, let urgency = Urgency(rawValue: String(parts[0])), let share = Double(parts[1]),
                share >= 0, share <= 1
            else {
                throw ValidationError("--urgency-mix item \"\(item)\" is not like red:0.1 (a share from 0 to 1).")
            }
            shares[urgency] = share
        }
        let sum = shares.filter { $0.key != .green }.values.reduce(0, +)
        guard sum <= 1 + 1e-9 else {
            throw ValidationError("--urgency-mix shares add up to more than 1.")
        }
        return shares
    }

    /// A duration for people: `45 s`, `12.5 min`, `3.2 h`.
    static func describe(_ seconds: TimeInterval?) -> String {
        guard let seconds else { return "—" }
        if seconds < 60 { return String(format: "%.1f s", seconds) }
        if seconds < 3600 { return String(format: "%.1f min", seconds / 60) }
        if seconds < 2 * 86_400 { return String(format: "%.1f h", seconds / 3600) }
        return String(format: "%.1f d", seconds / 86_400)
    }
}
