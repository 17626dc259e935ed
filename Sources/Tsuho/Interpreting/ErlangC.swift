public import Foundation

/// The Erlang C formulas for a queue with Poisson arrivals, exponential handle times and `c` servers
/// (M/M/c): the yardstick the staffing simulator is checked against.
///
/// Erlang B is computed with the stable recurrence B(0) = 1, B(k) = a·B(k−1) / (k + a·B(k−1)), and
/// Erlang C from it: C = c·B / (c − a·(1 − B)). No factorials or powers, so it holds for hundreds of
/// servers.
///
/// ```swift
/// ErlangC.probabilityOfWaiting(servers: 5, offeredLoad: 4)              // 0.554
/// ErlangC.meanWait(servers: 5, offeredLoad: 4, meanHandleTime: 480)    // 265.9 s
/// ```
public enum ErlangC {
    /// The probability that a call is blocked in a loss system (Erlang B).
    ///
    /// - Parameters:
    ///   - servers: Servers (interpreters), at least 1.
    ///   - offeredLoad: Offered load in Erlangs (arrival rate × mean handle time).
    /// - Returns: The blocking probability.
    public static func erlangB(servers: Int, offeredLoad: Double) -> Double {
        var blocking = 1.0
        for server in stride(from: 1, through: max(servers, 0), by: 1) {
            blocking = offeredLoad * blocking / (Double(server) + offeredLoad * blocking)
        }
        return blocking
    }

    /// The probability that an arriving call has to wait (Erlang C); 1 when the load is at or above the
    /// number of servers.
    ///
    /// - Parameters:
    ///   - servers: Servers (interpreters), at least 1.
    ///   - offeredLoad: Offered load in Erlangs.
    /// - Returns: The probability of waiting.
    public static func probabilityOfWaiting(servers: Int, offeredLoad: Double) -> Double {
        let count = Double(servers)
        guard servers > 0, offeredLoad < count else { return 1 }
        let blocking = erlangB(servers: servers, offeredLoad: offeredLoad)
        return count * blocking / (count - offeredLoad * (1 - blocking))
    }

    /// The mean wait over all calls (those served at once count as 0): C / (c·μ − λ).
    ///
    /// - Parameters:
    ///   - servers: Servers.
    ///   - offeredLoad: Offered load in Erlangs.
    ///   - meanHandleTime: Mean handle time in seconds.
    /// - Returns: The mean wait in seconds; infinity when the load is at or above the servers.
    public static func meanWait(servers: Int, offeredLoad: Double, meanHandleTime: TimeInterval) -> TimeInterval {
        let count = Double(servers)
        guard servers > 0, offeredLoad < count else { return .infinity }
        return probabilityOfWaiting(servers: servers, offeredLoad: offeredLoad) * meanHandleTime
            / (count - offeredLoad)
    }

    /// The share of calls answered within a time: 1 − C·e^(−(c − a)·t / h).
    ///
    /// - Parameters:
    ///   - servers: Servers.
    ///   - offeredLoad: Offered load in Erlangs.
    ///   - meanHandleTime: Mean handle time in seconds.
    ///   - seconds: The target answer time.
    /// - Returns: The service level, 0 to 1.
    public static func serviceLevel(
        servers: Int, offeredLoad: Double, meanHandleTime: TimeInterval, within seconds: TimeInterval
    ) -> Double {
        let count = Double(servers)
        guard servers > 0, offeredLoad < count else { return 0 }
        let waiting = probabilityOfWaiting(servers: servers, offeredLoad: offeredLoad)
        return 1 - waiting * exp(-(count - offeredLoad) * seconds / meanHandleTime)
    }
}
