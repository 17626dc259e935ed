/// Who made a session change: the router, the caller, the call-taker or an interpreter.
///
/// In the audit log it is a string: "router", "caller", "call-taker" or "interpreter:ID".
public enum TransitionActor: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The router (offers, timeouts, replacements).
    case router
    /// The caller (hanging up).
    case caller
    /// The call-taker (requesting, completing, closing).
    case callTaker
    /// An interpreter (accepting, declining, disconnecting).
    case interpreter(InterpreterID)

    /// The actor as written in the audit log.
    public var description: String {
        switch self {
        case .router: "router"
        case .caller: "caller"
        case .callTaker: "call-taker"
        case .interpreter(let id): "interpreter:\(id)"
        }
    }

    /// Reads an actor as written in the audit log, or `nil`.
    ///
    /// - Parameter text: "router", "caller", "call-taker" or "interpreter:ID".
    public init?(_ text: String) {
        switch text {
        case "router": self = .router
        case "caller": self = .caller
        case "call-taker": self = .callTaker
        default:
            guard text.hasPrefix("interpreter:"), text.count > 12 else { return nil }
            self = .interpreter(InterpreterID(String(text.dropFirst(12))))
        }
    }

    /// Decodes an actor from its string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let actor = TransitionActor(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown actor \"\(text)\"")
        }
        self = actor
    }

    /// Encodes the actor as its string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
