/// One concept of the dictionary: its id, domain, Japanese forms with readings, and pictogram.
public struct Concept: Sendable, Hashable, Codable {
    /// The stable kebab-case id ("evacuation-shelter").
    public let id: String
    /// A term or a phrase.
    public let kind: ConceptKind
    /// The subject area ("evacuation", "symptom", "station").
    public let domain: String
    /// The Japanese forms with the Japanese cell's review status.
    public let japanese: TermEntry
    /// The hiragana reading of each Japanese form, in the same order.
    public let readings: [String]
    /// The pictogram that illustrates the concept, if any.
    public let pictogram: String?
    /// A note for translators.
    public let notes: String

    /// Creates a concept.
    ///
    /// - Parameters:
    ///   - id: The stable kebab-case id.
    ///   - kind: A term or a phrase.
    ///   - domain: The subject area.
    ///   - japanese: The Japanese forms and their status.
    ///   - readings: The hiragana reading of each Japanese form.
    ///   - pictogram: The pictogram id, if any.
    ///   - notes: A note for translators.
    public init(
        id: String, kind: ConceptKind, domain: String, japanese: TermEntry, readings: [String], pictogram: String?,
        notes: String
    ) {
        self.id = id
        self.kind = kind
        self.domain = domain
        self.japanese = japanese
        self.readings = readings
        self.pictogram = pictogram
        self.notes = notes
    }
}
