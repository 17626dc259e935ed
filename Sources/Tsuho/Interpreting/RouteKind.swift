/// How an interpreter covers a caller's language: directly, or through a relay language.
public enum RouteKind: Sendable, Hashable, CustomStringConvertible {
    /// The interpreter speaks the caller's language at this level (native or professional).
    case direct(SkillLevel)
    /// The interpreter works through `through`, at `level`: one of the caller's language's relay
    /// languages at native or professional level, or the caller's own language at relay-only level.
    case relay(through: LanguageCode, level: SkillLevel)

    /// The tier: 0 for direct, 1 for relay.
    public var tier: Int {
        if case .direct = self { 0 } else { 1 }
    }

    /// "direct (native)" or "relay through en (professional)".
    public var description: String {
        switch self {
        case .direct(let level): "direct (\(level))"
        case .relay(let language, let level): "relay through \(language) (\(level))"
        }
    }
}
