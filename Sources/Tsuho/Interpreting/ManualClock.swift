public import Foundation
internal import Synchronization

/// A clock that moves only when told to, for tests.
///
/// ```swift
/// let clock = ManualClock(TokyoTime.parse("2026-12-01T10:00")!)
/// clock.advance(by: 21)   // an offer's 20 s have passed
/// ```
public final class ManualClock: WallClock {
    private let time: Mutex<Date>

    /// Creates a clock showing a time.
    ///
    /// - Parameter start: The time it shows.
    public init(_ start: Date) {
        time = Mutex(start)
    }

    /// The time it shows.
    public var now: Date {
        time.withLock { $0 }
    }

    /// Moves the clock forward.
    ///
    /// - Parameter seconds: Seconds to add.
    public func advance(by seconds: TimeInterval) {
        time.withLock { $0 = $0.addingTimeInterval(seconds) }
    }

    /// Sets the time.
    ///
    /// - Parameter date: The new time.
    public func set(_ date: Date) {
        time.withLock { $0 = date }
    }
}
