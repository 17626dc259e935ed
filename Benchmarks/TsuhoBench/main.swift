// Release-build benchmarks for Tsuho. Run: swift run -c release tsuho-bench [name ...]
// Each benchmark prints one line with its figure; the README quotes them.

import Foundation
import Tsuho
import TsuhoText

let requested = Set(CommandLine.arguments.dropFirst())
let benchmarks: [(name: String, run: () throws -> Void)] = [
    ("fold", FoldBenchmark.run),
    ("startup", StartupBenchmark.run),
    ("fold-count", FoldCountBenchmark.run),
    ("lexicon", LexiconBenchmark.run),
    ("lexicon-count", LexiconCountBenchmark.run),
    ("spot", SpotBenchmark.run),
    ("identify", IdentifyBenchmark.run),
    ("translate", TranslateBenchmark.run),
    ("route", RouteBenchmark.run),
    ("simulate", SimulateBenchmark.run),
    ("erlang", ErlangBenchmark.run),
]

for benchmark in benchmarks where requested.isEmpty || requested.contains(benchmark.name) {
    try benchmark.run()
}
