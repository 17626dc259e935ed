/// Running counts for one language, which ``LanguageMetrics`` reports.
struct LanguageTally: Sendable, Hashable {
    var requests = 0
    var queuedOnArrival = 0
    var connected = 0
    var waitSum = 0.0
    var within15 = 0
    var within60 = 0
    var abandoned = 0
    var noInterpreter = 0
    var waits = WaitHistogram()

    mutating func connect(afterWaiting wait: Double) {
        connected += 1
        waitSum += wait
        if wait <= 15 { within15 += 1 }
        if wait <= 60 { within60 += 1 }
        waits.add(wait)
    }

    static func + (lhs: LanguageTally, rhs: LanguageTally) -> LanguageTally {
        var sum = lhs
        sum.requests += rhs.requests
        sum.queuedOnArrival += rhs.queuedOnArrival
        sum.connected += rhs.connected
        sum.waitSum += rhs.waitSum
        sum.within15 += rhs.within15
        sum.within60 += rhs.within60
        sum.abandoned += rhs.abandoned
        sum.noInterpreter += rhs.noInterpreter
        sum.waits.merge(rhs.waits)
        return sum
    }
}
