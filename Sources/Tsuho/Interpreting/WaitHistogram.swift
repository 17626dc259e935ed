/// Waiting times counted in buckets, for percentiles in constant memory: exact zeros apart, then 0.1 s
/// buckets up to 10 minutes, 1 s buckets up to an hour, 1 minute buckets up to a day, and one bucket
/// beyond. A percentile is the middle of its bucket (a zero wait is exact).
struct WaitHistogram: Sendable, Hashable {
    private var zeros = 0
    private var buckets: [Int32] = []
    private(set) var count = 0

    private static let fineLimit = 600.0
    private static let mediumLimit = 3600.0
    private static let coarseLimit = 86_400.0
    private static let fineCount = 6000
    private static let mediumCount = 3000
    private static let coarseCount = 1380

    mutating func add(_ seconds: Double) {
        count += 1
        if seconds <= 0.000_5 {
            zeros += 1
            return
        }
        if buckets.isEmpty {
            buckets = [Int32](repeating: 0, count: Self.fineCount + Self.mediumCount + Self.coarseCount + 1)
        }
        buckets[Self.bucket(of: seconds)] += 1
    }

    /// Adds every wait of another histogram.
    mutating func merge(_ other: WaitHistogram) {
        count += other.count
        zeros += other.zeros
        guard !other.buckets.isEmpty else { return }
        if buckets.isEmpty {
            buckets = other.buckets
            return
        }
        for index in buckets.indices {
            buckets[index] += other.buckets[index]
        }
    }

    /// The wait below which a share `quantile` (0…1) of the waits fall, or `nil` without waits.
    func percentile(_ quantile: Double) -> Double? {
        guard count > 0 else { return nil }
        let rank = max(1, Int((quantile * Double(count)).rounded(.up)))
        if rank <= zeros { return 0 }
        var seen = zeros
        for (index, bucketCount) in buckets.enumerated() {
            seen += Int(bucketCount)
            if seen >= rank {
                return Self.middle(of: index)
            }
        }
        return Self.coarseLimit
    }

    private static func bucket(of seconds: Double) -> Int {
        if seconds < fineLimit {
            return Int(seconds * 10)
        }
        if seconds < mediumLimit {
            return fineCount + Int(seconds - fineLimit)
        }
        if seconds < coarseLimit {
            return fineCount + mediumCount + Int((seconds - mediumLimit) / 60)
        }
        return fineCount + mediumCount + coarseCount
    }

    private static func middle(of bucket: Int) -> Double {
        if bucket < fineCount {
            return (Double(bucket) + 0.5) / 10
        }
        if bucket < fineCount + mediumCount {
            return fineLimit + Double(bucket - fineCount) + 0.5
        }
        if bucket < fineCount + mediumCount + coarseCount {
            return mediumLimit + (Double(bucket - fineCount - mediumCount) + 0.5) * 60
        }
        return coarseLimit
    }
}
