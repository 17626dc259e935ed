/// A change to one cell of the dictionary: a concept's forms in one language, its status or its note.
public struct CellChange: Sendable, Hashable {
    /// The concept id.
    public let conceptID: String
    /// The language.
    public let language: LanguageCode
    /// The new forms, or `nil` to keep them.
    public let forms: [String]?
    /// For Japanese, the new readings (one per form), or `nil` to keep them.
    public let readings: [String]?
    /// The new status, or `nil` for the rule: changed forms become `draft`, otherwise the status stays.
    public let status: ReviewStatus?
    /// The new note, or `nil` to keep it.
    public let note: String?

    /// Creates a change.
    ///
    /// - Parameters:
    ///   - conceptID: The concept id.
    ///   - language: The language.
    ///   - forms: The new forms, or `nil` to keep them.
    ///   - readings: For Japanese, the new readings, or `nil`.
    ///   - status: The new status, or `nil` for the default rule.
    ///   - note: The new note, or `nil` to keep it.
    public init(
        conceptID: String, language: LanguageCode, forms: [String]? = nil, readings: [String]? = nil,
        status: ReviewStatus? = nil, note: String? = nil
    ) {
        self.conceptID = conceptID
        self.language = language
        self.forms = forms
        self.readings = readings
        self.status = status
        self.note = note
    }
}
