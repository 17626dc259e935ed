import Foundation

extension OperatorView {
    /// The view as compact UTF-8 JSON, written directly: the same members and values as the `Encodable`
    /// conformance encoded by `JSONEncoder` with `.sortedKeys` and `.iso8601` dates, about twenty times
    /// faster. `tsuho translate --batch` writes one of these per line.
    ///
    /// - Returns: One JSON object, keys sorted, without a trailing newline.
    public func jsonUTF8() -> [UInt8] {
        var writer = JSONWriter()
        write(to: &writer)
        return writer.bytes
    }

    func write(to writer: inout JSONWriter) {
        writer.object { json in
            json.key("channel")
            json.string(channel)
            json.key("evidence")
            json.array(evidence) { $1.write(to: &$0) }
            json.key("facts")
            facts.write(to: &json)
            json.key("flags")
            json.array(flags) { $1.write(to: &$0) }
            if let incident {
                json.key("incident")
                json.string(incident.rawValue)
            }
            json.key("interpreter")
            interpreter.write(to: &json)
            json.key("language")
            language.write(to: &json)
            json.key("line")
            line.write(to: &json)
            json.key("missing")
            json.array(missing) { $0.string($1.rawValue) }
            json.key("original")
            json.string(original)
            json.key("questions")
            json.array(questions) { $1.write(to: &$0) }
            json.key("received")
            json.string(Self.iso8601(receivedAt))
            json.key("report")
            json.string(report)
            json.key("symptoms")
            json.strings(symptoms)
            json.key("terms")
            json.array(terms) { $1.write(to: &$0) }
            if let urgency {
                json.key("urgency")
                json.string(urgency.rawValue)
            }
        }
    }

    /// A date as `JSONEncoder`'s `.iso8601` strategy writes it: UTC, whole seconds.
    static func iso8601(_ date: Date) -> String {
        var seconds = Int(date.timeIntervalSince1970.rounded(.down))
        var days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        seconds -= days * 86_400
        // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
        days += 719_468
        let era = (days >= 0 ? days : days - 146_096) / 146_097
        let dayOfEra = days - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let yearText = String(year)
        return String(repeating: "0", count: max(0, 4 - yearText.count)) + yearText + "-\(two(month))-\(two(day))T"
            + "\(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))Z"
    }
}

extension TriageEvidence {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.key("asked")
            json.bool(asked)
            json.key("concept")
            json.string(conceptID)
            if let incident {
                json.key("incident")
                json.string(incident.rawValue)
            }
            json.key("language")
            json.string(language.rawValue)
            json.key("negated")
            json.bool(negated)
            json.key("spotted")
            json.string(spottedConceptID)
            json.key("text")
            json.string(text)
            if let urgency {
                json.key("urgency")
                json.string(urgency.rawValue)
            }
            json.key("utf8")
            json.range(utf8Range)
        }
    }
}

extension ReportFacts {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.key("ages")
            json.array(ages) { $0.number($1) }
            if let peopleCount {
                json.key("people")
                json.number(peopleCount)
            }
            json.key("phones")
            json.strings(phoneNumbers)
            json.key("places")
            json.array(places) { $1.write(to: &$0) }
            json.key("stated")
            json.object { json in
                for (fact, value) in stated.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                    json.key(fact.rawValue)
                    json.string(value)
                }
            }
        }
    }
}

extension PlaceFact {
    func write(to json: inout JSONWriter) {
        json.object { json in
            if let conceptID {
                json.key("conceptID")
                json.string(conceptID)
            }
            if let japanese {
                json.key("japanese")
                json.string(japanese)
            }
            json.key("source")
            json.string(source.rawValue)
            json.key("text")
            json.string(text)
            if let utf8Range {
                json.key("utf8Range")
                json.range(utf8Range)
            }
        }
    }
}

extension IntakeFlag {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.key("detail")
            json.string(detail)
            json.key("kind")
            json.string(kind.rawValue)
            json.key("utf8")
            json.range(utf8Range)
        }
    }
}

extension InterpreterAdvice {
    func write(to json: inout JSONWriter) {
        json.object { json in
            if let language {
                json.key("language")
                json.string(language.rawValue)
            }
            json.key("reasons")
            json.strings(reasons)
            json.key("recommended")
            json.bool(recommended)
            json.key("understoodShare")
            json.number(understoodShare)
        }
    }
}

extension LanguageSummary {
    func write(to json: inout JSONWriter) {
        json.object { json in
            if let code {
                json.key("code")
                json.string(code.rawValue)
            }
            json.key("confidence")
            json.number(confidence)
            json.key("confident")
            json.bool(confident)
            json.key("fromChannel")
            json.bool(fromChannel)
            json.key("ranking")
            json.array(ranking) { $1.write(to: &$0) }
            json.key("segments")
            json.array(segments) { json, segment in
                json.object { json in
                    json.key("guesses")
                    json.array(segment.guesses) { $1.write(to: &$0) }
                    json.key("text")
                    json.string(segment.text)
                    json.key("utf8")
                    json.range(segment.utf8Range)
                }
            }
        }
    }
}

extension LanguageGuess {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.key("confidence")
            json.number(confidence)
            json.key("language")
            json.string(language.rawValue)
        }
    }
}

extension LineDecision {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.key("line")
            json.string(line.rawValue)
            json.key("reason")
            json.string(reason)
            json.key("receivedOn")
            json.string(receivedOn.rawValue)
            json.key("transfer")
            json.bool(transfer)
        }
    }
}

extension SuggestedQuestion {
    func write(to json: inout JSONWriter) {
        json.object { json in
            if let asks {
                json.key("asks")
                json.string(asks.rawValue)
            }
            if let caller {
                json.key("caller")
                caller.write(to: &json)
            }
            if let easyJapanese {
                json.key("easyJapanese")
                easyJapanese.write(to: &json)
            }
            json.key("japanese")
            json.string(japanese)
            json.key("phrase")
            json.string(phrase)
            json.key("pictograms")
            json.strings(pictograms)
        }
    }
}

extension RenderedPhrase {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.key("choices")
            json.array(choices) { json, choice in
                json.object { json in
                    json.key("id")
                    json.string(choice.id)
                    json.key("number")
                    json.number(choice.number)
                    json.key("text")
                    json.string(choice.text)
                }
            }
            json.key("id")
            json.string(id)
            json.key("language")
            json.string(language.rawValue)
            json.key("pictograms")
            json.strings(pictograms)
            json.key("status")
            json.string(status.rawValue)
            json.key("text")
            json.string(text)
        }
    }
}

extension GlossedTerm {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.key("concept")
            json.string(concept)
            json.key("japanese")
            json.string(japanese)
            json.key("language")
            json.string(language.rawValue)
            json.key("match")
            json.object { json in
                if case .typo(let distance) = match {
                    json.key("distance")
                    json.number(distance)
                }
                json.key("kind")
                json.string(match.name)
            }
            json.key("reading")
            json.string(reading)
            json.key("status")
            json.string(status.rawValue)
            json.key("text")
            json.string(text)
            json.key("utf8")
            json.range(utf8)
        }
    }
}
