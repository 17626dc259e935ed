import Foundation

/// Taking over sessions replayed from an audit log after a restart.
extension RoutingEngine {
    /// Adds a session as the log left it: a waiting one queues again, an open offer is void (the session
    /// waits again), a connected one keeps its interpreter when the roster still has them; an ended one
    /// is only remembered, so its id cannot be used again.
    mutating func restore(_ session: InterpreterSession, at time: Double) throws {
        setNow(time)
        guard !session.state.isTerminal else {
            if retainsEndedSessions {
                endedSessions[session.id] = session
            }
            return
        }
        guard slotOfSession[session.id] == nil else {
            throw RoutingError.duplicateSession(session.id)
        }
        let language = position(of: session.request.language)
        let slotValue = SessionSlot(
            session: session, language: language, sequence: nextSequence, generation: token(),
            requestedAt: session.requestedAt.timeIntervalSince1970)
        nextSequence += 1
        let slot = store(slotValue)
        slotOfSession[session.id] = slot
        tallies[Int(language)].requests += 1
        let waiting: SessionState = session.hasBeenConnected ? .reconnecting : .requested
        switch session.state {
        case .requested, .reconnecting, .ended:
            enqueue(slot)
        case .offering:
            try transition(slot, to: waiting, by: .router, why: .recoveredAfterRestart)
            enqueue(slot)
        case .connected(let id):
            guard let position = roster.position(of: id) else {
                try transition(slot, to: .reconnecting, by: .router, why: .recoveredAfterRestart)
                enqueue(slot)
                return
            }
            let interpreter = Int32(position)
            interpreters[position].account(until: now)
            interpreters[position].load += 1
            interpreters[position].connected += 1
            interpreters[position].sessionSlots.append(slot)
            sessions[Int(slot)].interpreter = interpreter
            touch(interpreter)
        }
    }

    /// Gives every free interpreter the waiting sessions they can take.
    mutating func dispatchAll() throws {
        for position in interpreters.indices where interpreters[position].isAvailable {
            try dispatch(Int32(position))
        }
    }
}
