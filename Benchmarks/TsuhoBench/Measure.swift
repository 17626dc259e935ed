import Foundation

/// Runs a body several times and returns the median duration in seconds: wall-clock time, or with
/// `TSUHO_BENCH_CPU=1` the CPU time of the calling thread (for single-threaded work on a busy machine,
/// where wall-clock time measures the other processes too).
func medianSeconds(repeats: Int = 7, _ body: () throws -> Void) rethrows -> Double {
    var samples: [Double] = []
    for _ in 0..<repeats {
        let start = now()
        try body()
        samples.append(now() - start)
    }
    return samples.sorted()[samples.count / 2]
}

/// True when the benchmarks measure the calling thread's CPU time.
let measuresThreadCPUTime = ProcessInfo.processInfo.environment["TSUHO_BENCH_CPU"] == "1"

private func now() -> Double {
    var time = timespec()
    clock_gettime(measuresThreadCPUTime ? CLOCK_THREAD_CPUTIME_ID : CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// Formats a throughput in MB/s (10^6 bytes).
func megabytesPerSecond(bytes: Int, seconds: Double) -> String {
    String(format: "%.1f MB/s", Double(bytes) / seconds / 1e6)
}
