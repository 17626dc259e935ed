/// Time passing: offer timeouts, retries after a decline, shifts starting and ending.
extension RoutingEngine {
    /// Handles everything due up to `time`, each at its own time, in order.
    mutating func advance(to time: Double) throws {
        while let deadline = deadlines.min, deadline.time <= time {
            deadlines.popMin()
            setNow(deadline.time)
            try handle(deadline)
        }
        setNow(time)
    }

    private mutating func handle(_ deadline: Deadline) throws {
        switch deadline.kind {
        case .offerTimeout:
            let target = Int(deadline.target)
            guard sessions[target].isLive, sessions[target].offerToken == deadline.token,
                case .offering = sessions[target].session.state
            else { return }
            try offerFailed(deadline.target, by: .router, why: .offerTimedOut, excluding: true)
        case .retry:
            let target = Int(deadline.target)
            guard sessions[target].isLive, sessions[target].generation == deadline.token else { return }
            let time = now
            sessions[target].exclusions.removeAll { $0.until <= time }
            guard sessions[target].queueToken != 0, let (interpreter, route) = bestInterpreter(for: deadline.target)
            else {
                return
            }
            try offer(deadline.target, to: interpreter, route: route, by: .router, why: .offered)
        case .schedule:
            let position = Int(deadline.target)
            guard interpreters[position].scheduleToken == deadline.token else { return }
            let onDuty = roster.interpreters[position].schedule.isOnDuty(unix: now)
            if onDuty != interpreters[position].onDuty {
                interpreters[position].account(until: now)
                interpreters[position].onDuty = onDuty
                if onDuty, interpreters[position].load == 0 {
                    interpreters[position].idleSince = now
                }
                touch(deadline.target)
                if onDuty {
                    try dispatch(deadline.target)
                }
            }
            scheduleDutyChange(of: deadline.target, after: now)
        }
    }

    /// Puts an interpreter's next change of duty (or a look a week ahead) in the deadline heap.
    mutating func scheduleDutyChange(of interpreter: Int32, after time: Double) {
        let next = roster.interpreters[Int(interpreter)].schedule.nextChange(afterUnix: time).time
        let scheduleToken = token()
        interpreters[Int(interpreter)].scheduleToken = scheduleToken
        deadlines.push(Deadline(time: next, kind: .schedule, target: interpreter, token: scheduleToken))
    }
}
