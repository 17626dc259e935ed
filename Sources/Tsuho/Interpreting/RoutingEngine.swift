import Foundation

/// The router's core: synchronous, owned by one caller at a time, and told the time with every call.
///
/// ``InterpreterRouter`` (an actor with a clock and the audit log) and ``StaffingSimulator`` (a
/// discrete-event loop with simulated time) both drive this same code, so the simulator measures the
/// policy that production runs.
///
/// Inside, each language has a queue of waiting sessions (a heap keyed by urgency group, then arrival)
/// and two pools of free interpreters (heaps keyed by load, then idle-since): those who speak it natively
/// or professionally, and those who speak it at relay-only level. Entries are never removed from the
/// middle of a heap; a stamp that changes with every change of a session or interpreter makes old entries
/// stale, and they are dropped when they reach the top. Offer timeouts, retries after a decline and shift
/// changes wait in one deadline heap.
package struct RoutingEngine: Sendable {
    let roster: Roster
    let policy: RoutingPolicy

    /// Every language the engine knows: the language list's, the roster's, and any requested since.
    var languageCodes: [LanguageCode] = []
    var languagePositions: [LanguageCode: Int32] = [:]
    /// Per language, its relay languages' positions, best first.
    var relays: [[Int32]] = []
    /// Per language, whether anyone in the roster can interpret it, directly or as relay.
    var servable: [Bool] = []
    /// Per language, its waiting sessions.
    var queues: [BinaryHeap<QueueEntry>] = []
    /// Per language and queue group, how many sessions wait.
    var waitingCounts: [[Int]] = []
    /// Per language, free interpreters who speak it natively or professionally.
    var directPools: [BinaryHeap<PoolEntry>] = []
    /// Per language, free interpreters who speak it at relay-only level.
    var relayOnlyPools: [BinaryHeap<PoolEntry>] = []
    /// Entries in every pool, to know when to drop the stale ones.
    var poolEntries = 0
    /// Per language, the running counts for metrics.
    var tallies: [LanguageTally] = []

    var interpreters: [InterpreterRuntime] = []
    /// Sessions by slot; a slot whose session ended is free (``SessionSlot/isLive`` false) until reused.
    var sessions: [SessionSlot] = []
    var freeSlots: [Int32] = []
    var slotOfSession: [SessionID: Int32] = [:]
    var deadlines = BinaryHeap<Deadline>()

    /// The latest time the engine has been told, in seconds since 1970.
    private(set) var now: Double
    var nextSequence: UInt64 = 0
    var nextToken: UInt64 = 0

    /// When true, every transition is kept in ``transitions`` until the owner takes them.
    var isRecording: Bool
    var transitions: [SessionTransition] = []
    /// When true, every offer made is kept in ``newOffers`` until the owner takes them (the simulator
    /// answers them).
    package var tracksOffers = false
    package var newOffers: [Offer] = []
    /// When true, ended sessions are kept in ``endedSessions``; otherwise they are forgotten.
    var retainsEndedSessions: Bool
    var endedSessions: [SessionID: InterpreterSession] = [:]

    /// An offer made: a session (slot) and an interpreter (position).
    package struct Offer: Sendable, Hashable {
        package let slot: Int32
        package let interpreter: Int32
    }

    /// A waiting session in a language's queue.
    struct QueueEntry: Comparable, Sendable {
        let rank: UInt8
        let sequence: UInt64
        let slot: Int32
        let token: UInt64

        static func < (lhs: QueueEntry, rhs: QueueEntry) -> Bool {
            lhs.rank != rhs.rank ? lhs.rank < rhs.rank : lhs.sequence < rhs.sequence
        }
    }

    /// A free interpreter in a pool.
    struct PoolEntry: Comparable, Sendable {
        let load: Int32
        let idleSince: Double
        let interpreter: Int32
        let stamp: UInt32

        static func < (lhs: PoolEntry, rhs: PoolEntry) -> Bool {
            if lhs.load != rhs.load { return lhs.load < rhs.load }
            if lhs.idleSince != rhs.idleSince { return lhs.idleSince < rhs.idleSince }
            return lhs.interpreter < rhs.interpreter
        }
    }

    /// Something due at a time.
    struct Deadline: Comparable, Sendable {
        enum Kind: UInt8, Sendable {
            /// An offer's timeout (target: session slot; token: the offer's).
            case offerTimeout
            /// An exclusion of a session runs out (target: session slot; token: the session's generation).
            case retry
            /// An interpreter's duty may change (target: interpreter; token: their schedule token).
            case schedule
        }

        let time: Double
        let kind: Kind
        let target: Int32
        let token: UInt64

        static func < (lhs: Deadline, rhs: Deadline) -> Bool {
            lhs.time != rhs.time ? lhs.time < rhs.time : lhs.token < rhs.token
        }
    }

    /// Creates an engine with every interpreter's duty as of `start`.
    ///
    /// - Parameters:
    ///   - roster: The interpreters.
    ///   - languages: The language list, for relay languages.
    ///   - policy: Timing rules.
    ///   - start: The time to start at.
    ///   - isRecording: Keep every transition for the owner.
    ///   - retainsEndedSessions: Keep ended sessions for queries.
    package init(
        roster: Roster, languages: LanguageList, policy: RoutingPolicy, start: Date, isRecording: Bool,
        retainsEndedSessions: Bool
    ) {
        self.roster = roster
        self.policy = policy
        self.isRecording = isRecording
        self.retainsEndedSessions = retainsEndedSessions
        now = start.timeIntervalSince1970
        for language in languages.languages {
            _ = position(of: language.code)
        }
        for code in roster.languages {
            _ = position(of: code)
        }
        relays = languageCodes.map { code in
            languages.relayLanguages(of: code).compactMap { languagePositions[$0] }
        }
        let time = now
        interpreters = roster.interpreters.map { interpreter in
            let direct = interpreter.skills.filter(\.level.interpretsDirectly).compactMap {
                languagePositions[$0.language]
            }
            let relayOnly = interpreter.skills.filter { !$0.level.interpretsDirectly }.compactMap {
                languagePositions[$0.language]
            }
            let onDuty = interpreter.schedule.isOnDuty(unix: time)
            let idleSince = onDuty ? interpreter.schedule.dutyStart(at: start)?.timeIntervalSince1970 ?? time : time
            return InterpreterRuntime(
                maxSessions: interpreter.maxSessions, directLanguages: direct, relayOnlyLanguages: relayOnly,
                onDuty: onDuty, idleSince: idleSince, now: time)
        }
        for position in interpreters.indices {
            let runtime = interpreters[position]
            var languages = Set(runtime.directLanguages + runtime.relayOnlyLanguages)
            for (language, relayList) in relays.enumerated()
            where relayList.contains(where: { runtime.directLanguages.contains($0) }) {
                languages.insert(Int32(language))
            }
            interpreters[position].servable = languages.sorted()
            for language in languages {
                servable[Int(language)] = true
            }
        }
        for position in interpreters.indices {
            touch(Int32(position))
            scheduleDutyChange(of: Int32(position), after: time)
        }
    }

    /// The engine position of a language, adding it (with no relays and nobody to serve it) if new.
    mutating func position(of code: LanguageCode) -> Int32 {
        if let position = languagePositions[code] {
            return position
        }
        let position = Int32(languageCodes.count)
        languageCodes.append(code)
        languagePositions[code] = position
        relays.append([])
        servable.append(false)
        queues.append(BinaryHeap())
        waitingCounts.append([0, 0, 0])
        directPools.append(BinaryHeap())
        relayOnlyPools.append(BinaryHeap())
        tallies.append(LanguageTally())
        return position
    }

    /// A date for a time in seconds since 1970.
    func date(_ time: Double) -> Date {
        Date(timeIntervalSince1970: time)
    }

    /// Moves the engine's time forward (never back).
    mutating func setNow(_ time: Double) {
        if time > now {
            now = time
        }
    }

    mutating func token() -> UInt64 {
        nextToken &+= 1
        return nextToken
    }

    /// Keeps a transition for the owner when recording.
    mutating func record(_ transition: SessionTransition) {
        if isRecording {
            transitions.append(transition)
        }
    }

    /// Takes the transitions recorded since the last call.
    mutating func takeTransitions() -> [SessionTransition] {
        var taken: [SessionTransition] = []
        swap(&taken, &transitions)
        return taken
    }

    /// Marks an interpreter's pool entries stale and, when they are free, adds fresh ones.
    mutating func touch(_ interpreter: Int32) {
        let position = Int(interpreter)
        interpreters[position].stamp &+= 1
        let runtime = interpreters[position]
        guard runtime.isAvailable else { return }
        let entry = PoolEntry(
            load: runtime.load, idleSince: runtime.idleSince, interpreter: interpreter, stamp: runtime.stamp)
        for language in runtime.directLanguages {
            directPools[Int(language)].push(entry)
        }
        for language in runtime.relayOnlyLanguages {
            relayOnlyPools[Int(language)].push(entry)
        }
        poolEntries += runtime.directLanguages.count + runtime.relayOnlyLanguages.count
        if poolEntries > 64 + 8 * interpreters.count {
            dropStalePoolEntries()
        }
    }

    /// Rebuilds every pool without its stale entries.
    private mutating func dropStalePoolEntries() {
        let stamps = interpreters.map(\.stamp)
        poolEntries = 0
        for language in directPools.indices {
            directPools[language].retain { stamps[Int($0.interpreter)] == $0.stamp }
            relayOnlyPools[language].retain { stamps[Int($0.interpreter)] == $0.stamp }
            poolEntries += directPools[language].count + relayOnlyPools[language].count
        }
    }

    /// The slot of a live session.
    package func slot(of id: SessionID) throws -> Int32 {
        guard let slot = slotOfSession[id] else {
            throw RoutingError.unknownSession(id)
        }
        return slot
    }

    /// The position of an interpreter.
    func interpreterPosition(_ id: InterpreterID) throws -> Int32 {
        guard let position = roster.position(of: id) else {
            throw RoutingError.unknownInterpreter(id)
        }
        return Int32(position)
    }

    /// The roster id of an interpreter position.
    func interpreterID(_ position: Int32) -> InterpreterID {
        roster.interpreters[Int(position)].id
    }

    /// A live session, or an ended one when they are retained.
    func session(_ id: SessionID) -> InterpreterSession? {
        if let slot = slotOfSession[id], sessions[Int(slot)].isLive {
            return sessions[Int(slot)].session
        }
        return endedSessions[id]
    }

    /// Every live session.
    var liveSessions: [InterpreterSession] {
        sessions.filter(\.isLive).map(\.session)
    }

    /// The time of the next deadline (an offer timeout, a retry, a shift change).
    var nextDeadline: Date? {
        deadlines.min.map { date($0.time) }
    }
}
