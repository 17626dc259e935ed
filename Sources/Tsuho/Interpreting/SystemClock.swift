public import Foundation

/// The system's wall clock.
public struct SystemClock: WallClock {
    /// Creates the clock.
    public init() {}

    /// The current time.
    public var now: Date { Date() }
}
