/// The routing policy: who gets a session, and which session a free interpreter gets.
extension RoutingEngine {
    /// The best free interpreter for a session, and how they cover its language: an interpreter of the
    /// language at native or professional level; else one at relay-only level; else one of its relay
    /// languages at native or professional level, in the language list's order. Within a tier, the least
    /// loaded, then the longest idle. Interpreters the session excludes are passed over.
    mutating func bestInterpreter(for slot: Int32) -> (Int32, RouteKind)? {
        guard sessions[Int(slot)].isLive else { return nil }
        let language = Int(sessions[Int(slot)].language)
        let exclusions = sessions[Int(slot)].exclusions
        let code = languageCodes[language]
        if let interpreter = bestFree(inDirectPool: true, of: language, excluding: exclusions) {
            return (interpreter, .direct(level(of: interpreter, in: code)))
        }
        if let interpreter = bestFree(inDirectPool: false, of: language, excluding: exclusions) {
            return (interpreter, .relay(through: code, level: .relayOnly))
        }
        for relay in relays[language] {
            if let interpreter = bestFree(inDirectPool: true, of: Int(relay), excluding: exclusions) {
                let relayCode = languageCodes[Int(relay)]
                return (interpreter, .relay(through: relayCode, level: level(of: interpreter, in: relayCode)))
            }
        }
        return nil
    }

    /// The top free interpreter of a pool whom the session does not exclude, dropping stale entries.
    private mutating func bestFree(
        inDirectPool direct: Bool, of language: Int, excluding exclusions: [SessionSlot.Exclusion]
    ) -> Int32? {
        var pool = BinaryHeap<PoolEntry>()
        if direct {
            swap(&pool, &directPools[language])
        } else {
            swap(&pool, &relayOnlyPools[language])
        }
        var held: [PoolEntry] = []
        var found: Int32?
        while let top = pool.min {
            guard interpreters[Int(top.interpreter)].stamp == top.stamp else {
                pool.popMin()
                poolEntries -= 1
                continue
            }
            let time = now
            if !exclusions.isEmpty, exclusions.contains(where: { $0.interpreter == top.interpreter && $0.until > time })
            {
                held.append(top)
                pool.popMin()
                continue
            }
            found = top.interpreter
            break
        }
        for entry in held {
            pool.push(entry)
        }
        if direct {
            swap(&pool, &directPools[language])
        } else {
            swap(&pool, &relayOnlyPools[language])
        }
        return found
    }

    /// An interpreter's level in a language (they have it when this is asked).
    func level(of interpreter: Int32, in language: LanguageCode) -> SkillLevel {
        roster.interpreters[Int(interpreter)].level(in: language) ?? .relayOnly
    }

    /// How an interpreter covers a language whose queue they serve.
    func route(of interpreter: Int32, for language: Int32) -> RouteKind {
        let code = languageCodes[Int(language)]
        let runtime = interpreters[Int(interpreter)]
        if runtime.directLanguages.contains(language) {
            return .direct(level(of: interpreter, in: code))
        }
        if runtime.relayOnlyLanguages.contains(language) {
            return .relay(through: code, level: .relayOnly)
        }
        for relay in relays[Int(language)] where runtime.directLanguages.contains(relay) {
            let relayCode = languageCodes[Int(relay)]
            return .relay(through: relayCode, level: level(of: interpreter, in: relayCode))
        }
        return .relay(through: code, level: .relayOnly)
    }

    /// Gives a free interpreter waiting sessions until they are full or none is left that they can take:
    /// red before yellow before the rest, first come first served, across every queue they serve.
    mutating func dispatch(_ interpreter: Int32) throws {
        while interpreters[Int(interpreter)].isAvailable {
            var best: QueueEntry?
            var bestLanguage: Int32 = -1
            for language in interpreters[Int(interpreter)].servable {
                guard let head = head(of: language, notExcluding: interpreter) else { continue }
                if best.map({ head < $0 }) ?? true {
                    best = head
                    bestLanguage = language
                }
            }
            guard let best else { return }
            try offer(
                best.slot, to: interpreter, route: route(of: interpreter, for: bestLanguage), by: .router,
                why: .offered)
        }
    }

    /// The first waiting session of a queue that does not exclude an interpreter, dropping stale entries.
    private mutating func head(of language: Int32, notExcluding interpreter: Int32) -> QueueEntry? {
        let index = Int(language)
        var held: [QueueEntry] = []
        var found: QueueEntry?
        while let top = queues[index].min {
            let slot = Int(top.slot)
            guard sessions[slot].isLive, sessions[slot].queueToken == top.token else {
                queues[index].popMin()
                continue
            }
            if !sessions[slot].exclusions.isEmpty, sessions[slot].excludes(interpreter, at: now) {
                held.append(top)
                queues[index].popMin()
                continue
            }
            found = top
            break
        }
        for entry in held {
            queues[index].push(entry)
        }
        return found
    }
}
