/// One language an interpreter speaks, at a level.
public struct LanguageSkill: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The language.
    public let language: LanguageCode
    /// How well.
    public let level: SkillLevel

    /// Creates a skill.
    ///
    /// - Parameters:
    ///   - language: The language.
    ///   - level: How well the interpreter speaks it.
    public init(language: LanguageCode, level: SkillLevel) {
        self.language = language
        self.level = level
    }

    /// `language:level`, as in a roster file (`vi:native`).
    public var description: String { "\(language):\(level)" }
}
