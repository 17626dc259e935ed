/// What the routing engine knows about one interpreter as time passes: load, duty, idle time, and the
/// accounting behind utilisation.
struct InterpreterRuntime: Sendable {
    /// Sessions they may take at once.
    let maxSessions: Int32
    /// Languages (engine positions) they interpret directly, native or professional.
    let directLanguages: [Int32]
    /// Languages they speak at relay-only level.
    let relayOnlyLanguages: [Int32]
    /// Every language whose queue they may serve, directly or as relay.
    var servable: [Int32]

    /// Offers open to them plus sessions they interpret.
    var load: Int32 = 0
    /// Sessions they interpret.
    var connected: Int32 = 0
    /// On shift now.
    var onDuty: Bool
    /// Reachable (not disconnected).
    var online = true
    /// When they last became free of every session, or came on duty.
    var idleSince: Double
    /// Changes with every change of availability; pool entries with an older stamp are stale.
    var stamp: UInt32 = 0
    /// The sessions offered to them or that they interpret.
    var sessionSlots: [Int32] = []
    /// The token of their pending schedule deadline.
    var scheduleToken: UInt64 = 0

    /// Interpreting time, in session-seconds.
    var busySeconds = 0.0
    /// On-duty, online time times ``maxSessions``, in session-seconds.
    var capacitySeconds = 0.0
    /// The time up to which the two sums above are counted.
    var accountedUntil: Double

    init(
        maxSessions: Int, directLanguages: [Int32], relayOnlyLanguages: [Int32], onDuty: Bool, idleSince: Double,
        now: Double
    ) {
        self.maxSessions = Int32(maxSessions)
        self.directLanguages = directLanguages
        self.relayOnlyLanguages = relayOnlyLanguages
        servable = []
        self.onDuty = onDuty
        self.idleSince = idleSince
        accountedUntil = now
    }

    /// On duty, online and with a free place.
    var isAvailable: Bool { onDuty && online && load < maxSessions }

    /// Counts busy and capacity time up to `time`.
    mutating func account(until time: Double) {
        let elapsed = time - accountedUntil
        guard elapsed > 0 else { return }
        busySeconds += Double(connected) * elapsed
        if onDuty && online {
            capacitySeconds += Double(maxSessions) * elapsed
        }
        accountedUntil = time
    }
}
