public import Foundation

/// How well one language (or all together) was served: time to interpreter, service level,
/// abandonment and how busy its interpreters were.
///
/// Time to interpreter runs from the request to the first interpreter's acceptance. Shares are of all
/// requests, so a caller who hung up before an interpreter came counts as not served in time.
public struct LanguageMetrics: Sendable, Hashable, Codable {
    /// The language, or "all" for every language together.
    public let language: LanguageCode
    /// Sessions requested.
    public let requests: Int
    /// Sessions that reached an interpreter.
    public let connected: Int
    /// Sessions that had to wait in the queue on arrival (no interpreter free at once).
    public let queuedOnArrival: Int
    /// Sessions whose caller hung up before any interpreter was connected.
    public let abandoned: Int
    /// Sessions that ended at once because nobody in the roster could interpret.
    public let noInterpreter: Int
    /// Mean time to interpreter, in seconds, over connected sessions.
    public let meanTimeToInterpreter: TimeInterval?
    /// Median time to interpreter, in seconds.
    public let p50: TimeInterval?
    /// 90th percentile of time to interpreter, in seconds.
    public let p90: TimeInterval?
    /// 99th percentile of time to interpreter, in seconds.
    public let p99: TimeInterval?
    /// Share of requests that had to wait (``queuedOnArrival`` / ``requests``).
    public let waitingProbability: Double?
    /// Share of requests connected within 15 s.
    public let connectedWithin15s: Double?
    /// Share of requests connected within 60 s.
    public let connectedWithin60s: Double?
    /// Share of requests abandoned by the caller.
    public let abandonment: Double?
    /// Of the time the interpreters who speak the language directly were on duty and online (times
    /// their concurrent sessions), the share spent interpreting any session; for "all", of every
    /// interpreter.
    public let utilisation: Double?

    /// Creates metrics.
    ///
    /// - Parameters:
    ///   - language: The language.
    ///   - requests: Sessions requested.
    ///   - connected: Sessions connected.
    ///   - queuedOnArrival: Sessions that waited on arrival.
    ///   - abandoned: Sessions abandoned before an interpreter came.
    ///   - noInterpreter: Sessions nobody in the roster could take.
    ///   - meanTimeToInterpreter: Mean time to interpreter.
    ///   - p50: Median time to interpreter.
    ///   - p90: 90th percentile.
    ///   - p99: 99th percentile.
    ///   - connectedWithin15s: Share connected within 15 s.
    ///   - connectedWithin60s: Share connected within 60 s.
    ///   - utilisation: Share of interpreter capacity used.
    public init(
        language: LanguageCode, requests: Int, connected: Int, queuedOnArrival: Int, abandoned: Int, noInterpreter: Int,
        meanTimeToInterpreter: TimeInterval?, p50: TimeInterval?, p90: TimeInterval?, p99: TimeInterval?,
        connectedWithin15s: Double?, connectedWithin60s: Double?, utilisation: Double?
    ) {
        self.language = language
        self.requests = requests
        self.connected = connected
        self.queuedOnArrival = queuedOnArrival
        self.abandoned = abandoned
        self.noInterpreter = noInterpreter
        self.meanTimeToInterpreter = meanTimeToInterpreter
        self.p50 = p50
        self.p90 = p90
        self.p99 = p99
        self.connectedWithin15s = connectedWithin15s
        self.connectedWithin60s = connectedWithin60s
        self.utilisation = utilisation
        let total = Double(requests)
        waitingProbability = requests > 0 ? Double(queuedOnArrival) / total : nil
        abandonment = requests > 0 ? Double(abandoned) / total : nil
    }

    init(language: LanguageCode, tally: LanguageTally, utilisation: Double?) {
        let total = Double(tally.requests)
        self.init(
            language: language, requests: tally.requests, connected: tally.connected,
            queuedOnArrival: tally.queuedOnArrival, abandoned: tally.abandoned, noInterpreter: tally.noInterpreter,
            meanTimeToInterpreter: tally.connected > 0 ? tally.waitSum / Double(tally.connected) : nil,
            p50: tally.waits.percentile(0.5), p90: tally.waits.percentile(0.9), p99: tally.waits.percentile(0.99),
            connectedWithin15s: tally.requests > 0 ? Double(tally.within15) / total : nil,
            connectedWithin60s: tally.requests > 0 ? Double(tally.within60) / total : nil, utilisation: utilisation)
    }
}
