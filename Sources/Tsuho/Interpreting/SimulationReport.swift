public import Foundation

/// What a staffing simulation measured.
public struct SimulationReport: Sendable, Hashable, Codable {
    /// The parameters it ran with.
    public let parameters: SimulationParameters
    /// Calls that arrived.
    public let calls: Int
    /// Sessions still open when the simulation stopped (a week after the last arrival at most).
    public let unfinished: Int
    /// Events handled (arrivals, answers, ends, timeouts, shift changes).
    public let events: Int
    /// Simulated seconds from the start to the last event.
    public let simulatedSeconds: TimeInterval
    /// Metrics per language and for all.
    public let metrics: RoutingMetrics

    /// Creates a report.
    ///
    /// - Parameters:
    ///   - parameters: The parameters.
    ///   - calls: Calls that arrived.
    ///   - unfinished: Sessions still open at the end.
    ///   - events: Events handled.
    ///   - simulatedSeconds: Simulated seconds.
    ///   - metrics: The metrics.
    public init(
        parameters: SimulationParameters, calls: Int, unfinished: Int, events: Int, simulatedSeconds: TimeInterval,
        metrics: RoutingMetrics
    ) {
        self.parameters = parameters
        self.calls = calls
        self.unfinished = unfinished
        self.events = events
        self.simulatedSeconds = simulatedSeconds
        self.metrics = metrics
    }
}
