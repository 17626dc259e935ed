public import Foundation

/// What a staffing simulation runs: arrivals per language, handle time, duration, seed, and how callers
/// and interpreters behave.
public struct SimulationParameters: Sendable, Hashable, Codable {
    /// Calls per hour in each language (Poisson arrivals).
    public var arrivals: [ArrivalRate]
    /// The mean handle time in seconds; handle times are exponentially distributed (the M/M/c model).
    public var meanHandleTime: TimeInterval
    /// How long calls keep arriving, in seconds. Sessions still open then are run to their end (up to a
    /// week more) and counted.
    public var duration: TimeInterval
    /// The seed: the same seed gives the same run.
    public var seed: UInt64
    /// When the simulated clock starts (interpreters' schedules apply from there).
    public var start: Date
    /// Seconds an interpreter takes to accept an offer (0: at once, as in Erlang C).
    public var answerTime: TimeInterval
    /// The mean time a caller waits for an interpreter before hanging up (exponentially distributed), or
    /// `nil` for callers who never hang up (as in Erlang C).
    public var meanPatience: TimeInterval?
    /// The share of calls at each urgency; the rest of 1 is `green`.
    public var urgencyShares: [Urgency: Double]
    /// The emergency line the calls come in on.
    public var line: EmergencyLine
    /// The router's timing rules.
    public var policy: RoutingPolicy

    /// Creates parameters.
    ///
    /// - Parameters:
    ///   - arrivals: Calls per hour per language.
    ///   - meanHandleTime: Mean handle time in seconds.
    ///   - duration: Seconds of arrivals.
    ///   - seed: The seed.
    ///   - start: The simulated start time (default 2026-01-05 00:00 in Japan, a Monday).
    ///   - answerTime: Seconds to accept an offer.
    ///   - meanPatience: Mean seconds before a waiting caller hangs up, or `nil` for never.
    ///   - urgencyShares: The share of calls at each urgency (default 10% red, 30% yellow, the rest green).
    ///   - line: The emergency line.
    ///   - policy: The router's timing rules.
    public init(
        arrivals: [ArrivalRate], meanHandleTime: TimeInterval, duration: TimeInterval, seed: UInt64,
        start: Date = Date(timeIntervalSince1970: 1_767_538_800), answerTime: TimeInterval = 0,
        meanPatience: TimeInterval? = nil, urgencyShares: [Urgency: Double] = [.red: 0.1, .yellow: 0.3],
        line: EmergencyLine = .fireAndAmbulance, policy: RoutingPolicy = RoutingPolicy()
    ) {
        self.arrivals = arrivals
        self.meanHandleTime = meanHandleTime
        self.duration = duration
        self.seed = seed
        self.start = start
        self.answerTime = answerTime
        self.meanPatience = meanPatience
        self.urgencyShares = urgencyShares
        self.line = line
        self.policy = policy
    }
}
