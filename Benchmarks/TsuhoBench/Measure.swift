import Foundation

/// Runs a body several times and returns the median duration in seconds.
func medianSeconds(repeats: Int = 7, _ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    var samples: [Double] = []
    for _ in 0..<repeats {
        let elapsed = try clock.measure(body)
        samples.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }
    return samples.sorted()[samples.count / 2]
}

/// Formats a throughput in MB/s (10^6 bytes).
func megabytesPerSecond(bytes: Int, seconds: Double) -> String {
    String(format: "%.1f MB/s", Double(bytes) / seconds / 1e6)
}
