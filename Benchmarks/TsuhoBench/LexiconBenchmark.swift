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
        let parseSeconds = try medianSeconds(repeats: 9) {
            lexicon = try Lexicon(files: files)
        }
        let loadSeconds = try medianSeconds(repeats: 5) {
            lexicon = try Lexicon(location: location)
        }
        print(
            String(
                format: "lexicon load (read files + parse + index), %d concepts: %.1f ms; parse + index only: %.1f ms",
                lexicon.concepts.count, loadSeconds * 1000, parseSeconds * 1000))
        print("lexicon peak resident memory of this process: \(peakResidentMegabytes()) MB")
        var samples: [Double] = []
        let clock = ContinuousClock()
        for _ in 0..<20 {
            for query in queries {
                let elapsed = try clock.measure { _ = try lexicon.lookup(query, to: ["ja", "en"]) }
                samples.append(Double(elapsed.components.attoseconds) / 1e12 + Double(elapsed.components.seconds) * 1e6)
            }
        }
        samples.sort()
        print(
            String(
                format: "lookup latency over %d lookups: p50 %.0f µs, p99 %.0f µs",
                samples.count, samples[samples.count / 2], samples[samples.count * 99 / 100]))
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
