/// A live session inside the routing engine, with what routing needs beside its state machine.
struct SessionSlot: Sendable {
    /// The session and its state machine.
    var session: InterpreterSession
    /// Its language's engine position.
    let language: Int32
    /// Its queue group (0 red, 1 yellow, 2 the rest).
    let rank: UInt8
    /// Its arrival order, kept when it queues again.
    let sequence: UInt64
    /// A token unique to this session, for deadlines that outlive it.
    let generation: UInt64
    /// When it was requested, in seconds since 1970.
    let requestedAt: Double
    /// The interpreter (engine position) offered the session or interpreting it; -1 for none.
    var interpreter: Int32 = -1
    /// The token of the session's queue entry; 0 when it is not waiting in a queue.
    var queueToken: UInt64 = 0
    /// The token of its open offer's timeout; 0 without an offer.
    var offerToken: UInt64 = 0
    /// Interpreters not to offer it to again before a time.
    var exclusions: [Exclusion] = []
    /// False once the session has ended and its slot is free for another.
    var isLive = true

    /// An interpreter kept from a session until a time.
    struct Exclusion: Sendable {
        let interpreter: Int32
        let until: Double
    }

    init(session: InterpreterSession, language: Int32, sequence: UInt64, generation: UInt64, requestedAt: Double) {
        self.session = session
        self.language = language
        rank = UInt8(session.request.urgency.queueRank)
        self.sequence = sequence
        self.generation = generation
        self.requestedAt = requestedAt
    }

    /// True when `interpreter` may not be offered the session at `time`.
    func excludes(_ interpreter: Int32, at time: Double) -> Bool {
        exclusions.contains { $0.interpreter == interpreter && $0.until > time }
    }
}
