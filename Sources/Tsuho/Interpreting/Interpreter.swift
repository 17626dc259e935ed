/// One interpreter of a telephone interpretation centre, as a roster row describes them.
public struct Interpreter: Sendable, Hashable, Codable, Identifiable {
    /// The roster id.
    public let id: InterpreterID
    /// The interpretation centre they work for.
    public let centre: String
    /// The languages they interpret, each at a level.
    public let skills: [LanguageSkill]
    /// When they are on duty.
    public let schedule: WeeklySchedule
    /// How many sessions they may interpret at once.
    public let maxSessions: Int
    /// How to reach them.
    public let contact: ContactURI

    /// Creates an interpreter.
    ///
    /// - Parameters:
    ///   - id: The roster id.
    ///   - centre: The interpretation centre.
    ///   - skills: The languages, each at a level; a later skill for the same language is ignored.
    ///   - schedule: When they are on duty.
    ///   - maxSessions: How many sessions they may interpret at once (at least 1).
    ///   - contact: How to reach them.
    public init(
        id: InterpreterID, centre: String, skills: [LanguageSkill], schedule: WeeklySchedule, maxSessions: Int = 1,
        contact: ContactURI
    ) {
        self.id = id
        self.centre = centre
        var seen: Set<LanguageCode> = []
        self.skills = skills.filter { seen.insert($0.language).inserted }
        self.schedule = schedule
        self.maxSessions = max(1, maxSessions)
        self.contact = contact
    }

    /// Their level in a language, or `nil` when they do not speak it.
    ///
    /// - Parameter language: The language.
    /// - Returns: The level.
    public func level(in language: LanguageCode) -> SkillLevel? {
        skills.first { $0.language == language }?.level
    }
}
