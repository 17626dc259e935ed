public import Foundation

/// Tells the router the time. Injected, so tests and simulations control time.
public protocol WallClock: Sendable {
    /// The current time.
    var now: Date { get }
}
