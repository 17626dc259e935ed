/// Metrics from the running counts and the interpreters' busy and on-duty time.
extension RoutingEngine {
    /// The metrics as of `time` (utilisation counted up to it).
    package func metrics(at time: Double) -> RoutingMetrics {
        var busy = [Double](repeating: 0, count: languageCodes.count)
        var capacity = [Double](repeating: 0, count: languageCodes.count)
        var allBusy = 0.0
        var allCapacity = 0.0
        for runtime in interpreters {
            var counted = runtime
            counted.account(until: max(time, runtime.accountedUntil))
            allBusy += counted.busySeconds
            allCapacity += counted.capacitySeconds
            for language in counted.directLanguages {
                busy[Int(language)] += counted.busySeconds
                capacity[Int(language)] += counted.capacitySeconds
            }
        }
        var languages: [LanguageMetrics] = []
        var total = LanguageTally()
        for (index, code) in languageCodes.enumerated() {
            let tally = tallies[index]
            total = total + tally
            guard tally.requests > 0 || capacity[index] > 0 else { continue }
            languages.append(
                LanguageMetrics(
                    language: code, tally: tally, utilisation: capacity[index] > 0 ? busy[index] / capacity[index] : nil
                )
            )
        }
        languages.sort { $0.language < $1.language }
        return RoutingMetrics(
            languages: languages,
            all: LanguageMetrics(
                language: "all", tally: total, utilisation: allCapacity > 0 ? allBusy / allCapacity : nil))
    }
}
