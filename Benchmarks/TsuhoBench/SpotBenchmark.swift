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
        let buildSeconds = try medianSeconds(repeats: 5) { spotter = try TermSpotter(lexicon: lexicon) }
        print(String(format: "spotter build: %.1f ms", buildSeconds * 1000))
        for (name, sample) in [("Japanese", FoldBenchmark.japanese), ("mixed Latin", latin)] {
            let text = String(repeating: sample + "\n", count: max(1, 1_000_000 / sample.utf8.count))
            var hits = 0
            let seconds = try medianSeconds(repeats: 3) { hits = try spotter.spot(text).count }
            print(
                "spot \(name), \(text.utf8.count / 1000) kB: \(megabytesPerSecond(bytes: text.utf8.count, seconds: seconds)), \(hits) hits"
            )
        }
    }
}
