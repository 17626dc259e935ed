import Foundation
import Tsuho

/// Loading the full bundled dictionary and looking words up: load time, resident memory, and lookup
/// latency percentiles over queries in many languages and spellings.
enum LexiconBenchmark {
    static let queries = [
        "hinanjo", "hinanzyo", "ひなんじょ", "evacuation shelter", "nơi sơ tán", "noi so tan", "地震", "shinjuku eki",
        "Ambulancia", "ambulanse", "新宿站", "新宿車站", "신주쿠역", "пожар", "ไฟไหม้", "आगलागी", "حريق", "kaji",
        "kyuukyuusha", "Rettungswagen", "incendie", "tsunami", "heatstroke", "hemorragia", "không thở", "sunog",
        "ｷｭｳｷｭｳｼｬ", "KAJI", "hospital", "byouin",
    ]

    static func run() throws {
        let location = try DataLocation.bundled()
        let files = try DictionaryFiles(location: location)
        var lexicon = try Lexicon(files: files)
        // Many loads, because two threads on two cores make single timings jumpy.
        let clock = ContinuousClock()
        var loads: [Double] = []
        for _ in 0..<21 {
            let elapsed = try clock.measure { lexicon = try Lexicon(location: location) }
            loads.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
        }
        loads.sort()
        print(
            String(
                format:
                    "lexicon load (read files + parse + index), %d concepts, 21 loads: median %.1f ms, fastest %.1f ms, slowest %.1f ms",
                lexicon.concepts.count, loads[10], loads[0], loads[20]))
        print("lexicon peak resident memory of this process: \(peakResidentMegabytes()) MB")
        let fresh = try Lexicon(location: location)
        let firstLookups = try latencies(fresh, rounds: 1)
        let prepareSeconds = try medianSeconds(repeats: 1) { try fresh.prepareAllIndexes() }
        let steady = try latencies(fresh, rounds: 20)
        print(
            String(
                format:
                    "first %d lookups on a fresh lexicon (builds romaji and typo tables on demand): p50 %.0f µs, max %.1f ms",
                firstLookups.count, firstLookups[firstLookups.count / 2], firstLookups[firstLookups.count - 1] / 1000))
        print(String(format: "prepareAllIndexes() after the first lookups: %.1f ms", prepareSeconds * 1000))
        print(
            String(
                format: "lookup latency over %d lookups, tables ready: p50 %.0f µs, p99 %.0f µs",
                steady.count, steady[steady.count / 2], steady[steady.count * 99 / 100]))
    }

    /// Sorted lookup latencies in µs over the query set, `rounds` times.
    static func latencies(_ lexicon: Lexicon, rounds: Int) throws -> [Double] {
        let clock = ContinuousClock()
        var samples: [Double] = []
        for _ in 0..<rounds {
            for query in queries {
                let elapsed = try clock.measure { _ = try lexicon.lookup(query, to: ["ja", "en"]) }
                samples.append(Double(elapsed.components.attoseconds) / 1e12 + Double(elapsed.components.seconds) * 1e6)
            }
        }
        return samples.sorted()
    }

    /// VmHWM from /proc/self/status, in MB.
    static func peakResidentMegabytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return -1 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kilobytes = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
            return kilobytes / 1024
        }
        return -1
    }
}

/// One full load for instruction counts under valgrind (`tsuho-bench lexicon-count`).
enum LexiconCountBenchmark {
    static func run() throws {
        let lexicon = try Lexicon.bundled()
        _ = try lexicon.lookup("hinanjo")
    }
}
