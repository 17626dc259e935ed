import Foundation
import Tsuho

/// Term spotting with the full dictionary: building the spotter, and spotting Japanese and mixed
/// Latin-script text, folding and mapping hits back to the original included.
enum SpotBenchmark {
    static let latin = """
        Help there is a fire near Shinjuku station, my mother is not breathing. Tengo un incendio en mi casa, \
        mi hijo no respira. co chay o ga Shinjuku, me toi khong tho. Il y a un incendie, appelez une ambulance! \
        Es brennt in der Wohnung, bitte schnell. May sunog dito sa bahay, tulong!
        """

    static func run() throws {
        let lexicon = try Lexicon.bundled()
        var spotter = try TermSpotter(lexicon: lexicon)
        let buildSeconds = try medianSeconds(repeats: 7) { spotter = try TermSpotter(lexicon: lexicon) }
        let size = spotter.statistics
        print(
            String(
                format: "spotter build: %.1f ms; %d keys, %d nodes, automaton %.1f MB", buildSeconds * 1000, size.keys,
                size.nodes, Double(size.bytes) / 1_000_000))
        for (name, sample) in [("Japanese", FoldBenchmark.japanese), ("mixed Latin", latin)] {
            let text = String(repeating: sample + "\n", count: max(1, 1_000_000 / sample.utf8.count))
            var hits = 0
            let seconds = try medianSeconds(repeats: 5) { hits = try spotter.spot(text).count }
            print(
                "spot \(name), \(text.utf8.count / 1000) kB: \(megabytesPerSecond(bytes: text.utf8.count, seconds: seconds)), \(hits) hits"
            )
            let messages = (0..<2_000).map { "\($0) " + sample }
            let messageBytes = messages.reduce(0) { $0 + $1.utf8.count }
            let messageSeconds = try medianSeconds(repeats: 5) {
                for message in messages { hits += try spotter.spot(message).count }
            }
            print(
                "spot \(name), \(messages.count) messages: \(megabytesPerSecond(bytes: messageBytes, seconds: messageSeconds))"
            )
        }
    }
}
