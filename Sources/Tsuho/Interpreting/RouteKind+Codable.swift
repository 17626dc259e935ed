/// A route is written as `{"kind":"direct","level":"native"}` or
/// `{"kind":"relay","through":"en","level":"professional"}`.
extension RouteKind: Codable {
    private enum CodingKeys: String, CodingKey {
        case kind
        case through
        case level
    }

    /// Decodes a route from its object.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let level = try container.decode(SkillLevel.self, forKey: .level)
        switch try container.decode(String.self, forKey: .kind) {
        case "direct": self = .direct(level)
        case "relay": self = .relay(through: try container.decode(LanguageCode.self, forKey: .through), level: level)
        case let kind:
            throw DecodingError.dataCorruptedError(
                forKey: .kind, in: container, debugDescription: "unknown route kind \"\(kind)\"")
        }
    }

    /// Encodes the route as an object.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .direct(let level):
            try container.encode("direct", forKey: .kind)
            try container.encode(level, forKey: .level)
        case .relay(let language, let level):
            try container.encode("relay", forKey: .kind)
            try container.encode(language, forKey: .through)
            try container.encode(level, forKey: .level)
        }
    }
}
