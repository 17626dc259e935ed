/// A state is written as an object: `{"state":"offering","interpreter":"tokyo-en-01"}`,
/// `{"state":"ended","reason":"completed"}`, `{"state":"requested"}`.
extension SessionState: Codable {
    private enum CodingKeys: String, CodingKey {
        case state
        case interpreter
        case reason
    }

    /// Decodes a state from its object.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let name = try container.decode(String.self, forKey: .state)
        switch name {
        case "requested": self = .requested
        case "reconnecting": self = .reconnecting
        case "offering": self = .offering(try container.decode(InterpreterID.self, forKey: .interpreter))
        case "connected": self = .connected(try container.decode(InterpreterID.self, forKey: .interpreter))
        case "ended": self = .ended(try container.decode(EndReason.self, forKey: .reason))
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .state, in: container, debugDescription: "unknown session state \"\(name)\"")
        }
    }

    /// Encodes the state as an object.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .state)
        if let interpreter {
            try container.encode(interpreter, forKey: .interpreter)
        }
        if let endReason {
            try container.encode(endReason, forKey: .reason)
        }
    }
}
