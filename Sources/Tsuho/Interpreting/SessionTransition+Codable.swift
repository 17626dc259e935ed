import Foundation

/// A transition is one JSON object: `time` (Japan time with milliseconds), `session`, `from` (`null` for
/// a new session), `to`, `by`, `why`, then `route` for an offer and `language`, `line` and `urgency` for
/// a new session.
extension SessionTransition: Codable {
    private enum CodingKeys: String, CodingKey {
        case time
        case session
        case from
        case to
        case by
        case why
        case route
        case language
        case line
        case urgency
    }

    /// Decodes a transition from its object.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let timeText = try container.decode(String.self, forKey: .time)
        guard let time = TokyoTime.parse(timeText) else {
            throw DecodingError.dataCorruptedError(
                forKey: .time, in: container, debugDescription: "not a time: \"\(timeText)\"")
        }
        var request: SessionRequest?
        if let language = try container.decodeIfPresent(LanguageCode.self, forKey: .language) {
            request = SessionRequest(
                language: language, line: try container.decode(EmergencyLine.self, forKey: .line),
                urgency: try container.decode(Urgency.self, forKey: .urgency))
        }
        self.init(
            time: time, session: try container.decode(SessionID.self, forKey: .session),
            from: try container.decodeIfPresent(SessionState.self, forKey: .from),
            to: try container.decode(SessionState.self, forKey: .to),
            by: try container.decode(TransitionActor.self, forKey: .by),
            why: try container.decode(TransitionReason.self, forKey: .why),
            route: try container.decodeIfPresent(RouteKind.self, forKey: .route), request: request)
    }

    /// Encodes the transition as an object, keys in the documented order.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(TokyoTime.format(time, milliseconds: true), forKey: .time)
        try container.encode(session, forKey: .session)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
        try container.encode(by, forKey: .by)
        try container.encode(why, forKey: .why)
        try container.encodeIfPresent(route, forKey: .route)
        if let request {
            try container.encode(request.language, forKey: .language)
            try container.encode(request.line, forKey: .line)
            try container.encode(request.urgency, forKey: .urgency)
        }
    }
}
