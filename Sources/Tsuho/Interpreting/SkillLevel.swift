/// How well an interpreter speaks a language.
public enum SkillLevel: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// A native speaker who interprets professionally.
    case native
    /// A professional interpreter of the language.
    case professional
    /// Good enough to help when no native or professional interpreter of the language is free, never
    /// chosen before one: the router offers such an interpreter in the relay tier.
    case relayOnly = "relay-only"

    /// True for native and professional, the levels that interpret a language directly.
    public var interpretsDirectly: Bool { self != .relayOnly }

    /// The level as written in a roster, such as "relay-only".
    public var description: String { rawValue }
}
