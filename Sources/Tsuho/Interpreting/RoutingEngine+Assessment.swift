/// The router's order of candidates for a language, with reasons, for people (`tsuho route`).
extension RoutingEngine {
    /// Every interpreter who could cover a language, free ones first in the order they would be offered
    /// a session, then the busy, the off duty and the offline.
    func assess(_ code: LanguageCode) -> [CandidateAssessment] {
        guard let language = languagePositions[code] else { return [] }
        struct Row {
            let position: Int
            let route: RouteKind
            let order: Int
            let status: CandidateStatus
        }
        var rows: [Row] = []
        for (position, runtime) in interpreters.enumerated() {
            let interpreter = Int32(position)
            var order = -1
            if runtime.directLanguages.contains(language) {
                order = 0
            } else if runtime.relayOnlyLanguages.contains(language) {
                order = 1
            } else if let index = relays[Int(language)].firstIndex(where: { runtime.directLanguages.contains($0) }) {
                order = 2 + index
            }
            guard order >= 0 else { continue }
            let status: CandidateStatus =
                !runtime.onDuty ? .offDuty : !runtime.online ? .offline : runtime.isAvailable ? .free : .busy
            rows.append(
                Row(position: position, route: route(of: interpreter, for: language), order: order, status: status))
        }
        let statusOrder: [CandidateStatus: Int] = [.free: 0, .busy: 1, .offDuty: 2, .offline: 3]
        let nextOn = rows.map { row -> Double in
            row.status == .offDuty ? roster.interpreters[row.position].schedule.nextChange(afterUnix: now).time : 0
        }
        let order = rows.indices.sorted { lhsIndex, rhsIndex in
            let lhs = rows[lhsIndex]
            let rhs = rows[rhsIndex]
            let left = interpreters[lhs.position]
            let right = interpreters[rhs.position]
            let leftKey = (statusOrder[lhs.status] ?? 4, lhs.order, left.load)
            let rightKey = (statusOrder[rhs.status] ?? 4, rhs.order, right.load)
            if leftKey != rightKey { return leftKey < rightKey }
            if nextOn[lhsIndex] != nextOn[rhsIndex] { return nextOn[lhsIndex] < nextOn[rhsIndex] }
            if left.idleSince != right.idleSince { return left.idleSince < right.idleSince }
            return lhs.position < rhs.position
        }
        rows = order.map { rows[$0] }
        func tier(_ row: Row) -> String {
            switch row.order {
            case 0: "direct interpreters of \(code)"
            case 1: "relay-only speakers of \(code)"
            default:
                if case .relay(let relay, _) = row.route {
                    "interpreters of the relay language \(relay)"
                } else {
                    "relay"
                }
            }
        }
        let free = rows.filter { $0.status == .free }
        let chosen = free.first
        let freeInChosenTier = free.filter { $0.order == chosen?.order }.count
        var result: [CandidateAssessment] = []
        for (index, row) in rows.enumerated() {
            let runtime = interpreters[row.position]
            let interpreter = roster.interpreters[row.position]
            let reason: String
            var nextOnDuty: Double?
            switch row.status {
            case .free:
                let since = TokyoTime.describe(date(runtime.idleSince))
                if let chosen, chosen.position == row.position {
                    reason =
                        freeInChosenTier == 1
                        ? "chosen: the first tier with someone free is \(tier(row)), and this is its only free one (free since \(since))."
                        : "chosen: the first tier with someone free is \(tier(row)); of its \(freeInChosenTier) free, the least loaded and longest idle (free since \(since))."
                } else if let chosen, chosen.order != row.order {
                    reason = "passed over: \(tier(row)) come after \(tier(chosen)), who have someone free."
                } else if let chosen, interpreters[chosen.position].load < runtime.load {
                    reason = "passed over: already has \(runtime.load) session(s); the least loaded go first."
                } else {
                    reason = "passed over: free since \(since), not as long as those ranked before."
                }
            case .busy:
                reason = "passed over: busy with \(runtime.load) of \(runtime.maxSessions) session(s)."
            case .offDuty:
                let (next, certain) = interpreter.schedule.nextChange(afterUnix: now)
                nextOnDuty = certain ? next : nil
                reason =
                    certain
                    ? "passed over: off duty until \(TokyoTime.describe(date(next)))."
                    : "passed over: off duty, with no shift in the coming week."
            case .offline:
                reason = "passed over: on duty but disconnected."
            }
            result.append(
                CandidateAssessment(
                    interpreter: interpreter.id, centre: interpreter.centre, route: row.route, status: row.status,
                    rank: row.status == .free ? index + 1 : nil, load: Int(runtime.load),
                    maxSessions: Int(runtime.maxSessions),
                    idleSince: row.status == .free ? date(runtime.idleSince) : nil,
                    nextOnDuty: nextOnDuty.map(date), reason: reason))
        }
        return result
    }
}
