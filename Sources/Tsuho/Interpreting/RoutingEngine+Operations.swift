/// What call-takers, callers and interpreters do: request, accept, decline, end, drop out, come back.
extension RoutingEngine {
    /// Opens a session and routes it: an offer to the best free interpreter, a place in the queue, or,
    /// when nobody in the roster can interpret the language, the fallback alone.
    package mutating func request(_ id: SessionID, _ request: SessionRequest, at time: Double) throws -> Assignment {
        setNow(time)
        guard slotOfSession[id] == nil, endedSessions[id] == nil else {
            throw RoutingError.duplicateSession(id)
        }
        let language = position(of: request.language)
        let session = InterpreterSession(id: id, request: request, at: date(now))
        let slotValue = SessionSlot(
            session: session, language: language, sequence: nextSequence, generation: token(), requestedAt: now)
        nextSequence += 1
        let slot = store(slotValue)
        slotOfSession[id] = slot
        record(session.creation)
        tallies[Int(language)].requests += 1
        guard servable[Int(language)] else {
            tallies[Int(language)].noInterpreter += 1
            try transition(slot, to: .ended(.noInterpreter), by: .router, why: .noInterpreter)
            finish(slot)
            return .fallback(.easyJapaneseWithPictograms)
        }
        if let (interpreter, route) = bestInterpreter(for: slot) {
            try offer(slot, to: interpreter, route: route, by: .router, why: .offered)
            return .offered(interpreterID(interpreter), route)
        }
        tallies[Int(language)].queuedOnArrival += 1
        enqueue(slot)
        let counts = waitingCounts[Int(language)]
        return .queued(
            position: counts[0...Int(session.request.urgency.queueRank)].reduce(0, +),
            meanwhile: .easyJapaneseWithPictograms)
    }

    /// The offered interpreter accepts: the session is connected.
    package mutating func accept(_ slot: Int32, by interpreter: Int32, at time: Double) throws {
        setNow(time)
        let index = Int(slot)
        guard sessions[index].isLive else { return }
        let id = interpreterID(interpreter)
        guard case .offering(let offered) = sessions[index].session.state, offered == id else {
            throw SessionTransitionError(
                session: sessions[index].session.id, state: sessions[index].session.state, notOfferedTo: id,
                wouldBecome: .connected(id))
        }
        let wasConnected = sessions[index].session.hasBeenConnected
        let transition = try sessions[index].session.transition(
            to: .connected(id), by: .interpreter(id), why: .accepted, at: date(now))
        sessions[index].offerToken = 0
        if !sessions[index].exclusions.isEmpty {
            sessions[index].exclusions = []
        }
        record(transition)
        interpreters[Int(interpreter)].account(until: now)
        interpreters[Int(interpreter)].connected += 1
        if !wasConnected {
            tallies[Int(sessions[index].language)].connect(afterWaiting: now - sessions[index].requestedAt)
        }
    }

    /// The offered interpreter declines: the offer goes to the next candidate, or the session waits.
    mutating func decline(_ slot: Int32, by interpreter: Int32, at time: Double) throws {
        setNow(time)
        let live = sessions[Int(slot)]
        guard live.isLive else { return }
        guard case .offering(let offered) = live.session.state, offered == interpreterID(interpreter) else {
            throw SessionTransitionError(
                session: live.session.id, state: live.session.state, notOfferedTo: interpreterID(interpreter),
                wouldBecome: live.session.hasBeenConnected ? .reconnecting : .requested)
        }
        try offerFailed(slot, by: .interpreter(offered), why: .declined, excluding: true)
    }

    /// Ends a session: the caller hung up, the call-taker closed it, or the conversation finished.
    package mutating func end(_ slot: Int32, reason: EndReason, by actor: TransitionActor, at time: Double) throws {
        setNow(time)
        let index = Int(slot)
        guard sessions[index].isLive else { return }
        let why: TransitionReason =
            switch reason {
            case .completed: .completed
            case .callerHungUp: .callerHungUp
            case .endedByCallTaker: .endedByCallTaker
            case .noInterpreter: .noInterpreter
            }
        let wasConnected = sessions[index].session.hasBeenConnected
        let language = Int(sessions[index].language)
        let interpreter = sessions[index].interpreter
        let interpreterWasConnected: Bool
        if case .connected = sessions[index].session.state {
            interpreterWasConnected = true
        } else {
            interpreterWasConnected = false
        }
        try transition(slot, to: .ended(reason), by: actor, why: why)
        if reason == .callerHungUp, !wasConnected {
            tallies[language].abandoned += 1
        }
        dequeue(slot)
        finish(slot)
        if interpreter >= 0 {
            release(interpreter, from: slot, wasConnected: interpreterWasConnected)
            try dispatch(interpreter)
        }
    }

    /// An interpreter drops out (line lost, application closed): their open offers go to the next
    /// candidates and their sessions wait, reconnecting, for a replacement.
    mutating func disconnect(_ interpreter: Int32, at time: Double) throws {
        setNow(time)
        let position = Int(interpreter)
        guard interpreters[position].online else { return }
        interpreters[position].account(until: now)
        interpreters[position].online = false
        touch(interpreter)
        let id = interpreterID(interpreter)
        for slot in interpreters[position].sessionSlots {
            guard sessions[Int(slot)].isLive else { continue }
            switch sessions[Int(slot)].session.state {
            case .offering:
                try offerFailed(slot, by: .interpreter(id), why: .interpreterDisconnected, excluding: false)
            case .connected:
                release(interpreter, from: slot, wasConnected: true)
                try transition(slot, to: .reconnecting, by: .interpreter(id), why: .interpreterDisconnected)
                try routeWaiting(slot)
            case .requested, .reconnecting, .ended:
                continue
            }
        }
    }

    /// An interpreter who dropped out is back: they may take sessions again.
    mutating func reconnect(_ interpreter: Int32, at time: Double) throws {
        setNow(time)
        let position = Int(interpreter)
        guard !interpreters[position].online else { return }
        interpreters[position].account(until: now)
        interpreters[position].online = true
        if interpreters[position].load == 0 {
            interpreters[position].idleSince = now
        }
        touch(interpreter)
        try dispatch(interpreter)
    }

    /// An offer failed (declined, timed out, interpreter gone): next candidate, else wait again. An
    /// interpreter who declined or did not answer is kept from the session for a while; one who went
    /// offline needs no such rule, since nobody offline is offered anything, and may take it back as
    /// soon as they return.
    mutating func offerFailed(
        _ slot: Int32, by actor: TransitionActor, why: TransitionReason, excluding: Bool
    ) throws {
        guard sessions[Int(slot)].isLive else { return }
        let failed = sessions[Int(slot)].interpreter
        let hasBeenConnected = sessions[Int(slot)].session.hasBeenConnected
        sessions[Int(slot)].offerToken = 0
        release(failed, from: slot, wasConnected: false)
        if excluding {
            exclude(failed, from: slot)
        }
        if let (next, route) = bestInterpreter(for: slot) {
            try offer(slot, to: next, route: route, by: actor, why: why)
        } else {
            try transition(slot, to: hasBeenConnected ? .reconnecting : .requested, by: actor, why: why)
            enqueue(slot)
        }
        try dispatch(failed)
    }

    /// Routes a session that has just started waiting: an offer if someone is free, else the queue.
    mutating func routeWaiting(_ slot: Int32) throws {
        if let (interpreter, route) = bestInterpreter(for: slot) {
            try offer(slot, to: interpreter, route: route, by: .router, why: .offered)
        } else {
            enqueue(slot)
        }
    }

    /// Offers a session to an interpreter and starts the offer's timeout.
    mutating func offer(
        _ slot: Int32, to interpreter: Int32, route: RouteKind, by actor: TransitionActor, why: TransitionReason
    ) throws {
        try transition(slot, to: .offering(interpreterID(interpreter)), by: actor, why: why, route: route)
        dequeue(slot)
        let offerToken = token()
        sessions[Int(slot)].interpreter = interpreter
        sessions[Int(slot)].offerToken = offerToken
        deadlines.push(Deadline(time: now + policy.offerTimeout, kind: .offerTimeout, target: slot, token: offerToken))
        interpreters[Int(interpreter)].load += 1
        interpreters[Int(interpreter)].sessionSlots.append(slot)
        touch(interpreter)
        if tracksOffers {
            newOffers.append(Offer(slot: slot, interpreter: interpreter))
        }
    }

    /// Applies a transition through the session's state machine and records it.
    mutating func transition(
        _ slot: Int32, to next: SessionState, by actor: TransitionActor, why: TransitionReason, route: RouteKind? = nil
    ) throws {
        guard sessions[Int(slot)].isLive else { return }
        let transition = try sessions[Int(slot)].session.transition(
            to: next, by: actor, why: why, route: route, at: date(now))
        record(transition)
    }

    /// Frees an interpreter's place held by a session.
    mutating func release(_ interpreter: Int32, from slot: Int32, wasConnected: Bool) {
        guard interpreter >= 0 else { return }
        let position = Int(interpreter)
        interpreters[position].account(until: now)
        interpreters[position].load -= 1
        if wasConnected {
            interpreters[position].connected -= 1
        }
        if let index = interpreters[position].sessionSlots.firstIndex(of: slot) {
            interpreters[position].sessionSlots.remove(at: index)
        }
        if interpreters[position].load == 0 {
            interpreters[position].idleSince = now
        }
        sessions[Int(slot)].interpreter = -1
        touch(interpreter)
    }

    /// Keeps an interpreter from being offered a session again for ``RoutingPolicy/retryAfter``.
    mutating func exclude(_ interpreter: Int32, from slot: Int32) {
        guard interpreter >= 0, sessions[Int(slot)].isLive else { return }
        let time = now
        let until = time + policy.retryAfter
        sessions[Int(slot)].exclusions.removeAll { $0.interpreter == interpreter || $0.until <= time }
        sessions[Int(slot)].exclusions.append(SessionSlot.Exclusion(interpreter: interpreter, until: until))
        deadlines.push(Deadline(time: until, kind: .retry, target: slot, token: sessions[Int(slot)].generation))
    }

    /// Puts a session in its language's queue.
    mutating func enqueue(_ slot: Int32) {
        let index = Int(slot)
        guard sessions[index].isLive, sessions[index].queueToken == 0 else { return }
        let queueToken = token()
        sessions[index].queueToken = queueToken
        let language = Int(sessions[index].language)
        let rank = sessions[index].rank
        queues[language].push(
            QueueEntry(rank: rank, sequence: sessions[index].sequence, slot: slot, token: queueToken))
        waitingCounts[language][Int(rank)] += 1
    }

    /// Takes a session out of its queue (its entry becomes stale).
    mutating func dequeue(_ slot: Int32) {
        let index = Int(slot)
        guard sessions[index].isLive, sessions[index].queueToken != 0 else { return }
        sessions[index].queueToken = 0
        waitingCounts[Int(sessions[index].language)][Int(sessions[index].rank)] -= 1
    }

    /// Forgets an ended session (keeping it in ``endedSessions`` when asked to).
    mutating func finish(_ slot: Int32) {
        let index = Int(slot)
        guard sessions[index].isLive else { return }
        if retainsEndedSessions {
            endedSessions[sessions[index].session.id] = sessions[index].session
        }
        slotOfSession[sessions[index].session.id] = nil
        sessions[index].isLive = false
        freeSlots.append(slot)
    }

    /// Puts a session in a free slot, or a new one, and returns the slot.
    mutating func store(_ slotValue: SessionSlot) -> Int32 {
        if let free = freeSlots.popLast() {
            sessions[Int(free)] = slotValue
            return free
        }
        sessions.append(slotValue)
        return Int32(sessions.count - 1)
    }
}
