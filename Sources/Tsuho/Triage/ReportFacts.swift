/// The facts a report gives: people and ages, phone numbers, places, and the key facts stated
/// (conscious: no, breathing: yes, bleeding: heavy …).
public struct ReportFacts: Sendable, Hashable, Encodable {
    /// The number of people involved, when the caller says.
    public var peopleCount: Int?
    /// Ages in years the caller gives.
    public var ages: [Int] = []
    /// Phone numbers in the text.
    public var phoneNumbers: [String] = []
    /// Places named.
    public var places: [PlaceFact] = []
    /// Key facts stated, with their value (`no`, `yes`, `heavy`).
    public var stated: [KeyFact: String] = [:]

    /// The key facts the report answers.
    public var known: Set<KeyFact> {
        var known = Set(stated.keys)
        if peopleCount != nil { known.insert(.peopleCount) }
        if !ages.isEmpty { known.insert(.age) }
        if !phoneNumbers.isEmpty { known.insert(.phone) }
        if !places.isEmpty { known.insert(.address) }
        return known
    }

    private enum CodingKeys: String, CodingKey {
        case peopleCount = "people"
        case ages
        case phoneNumbers = "phones"
        case places
        case stated
    }

    /// Encodes the stated facts with their names as keys.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(peopleCount, forKey: .peopleCount)
        try container.encode(ages, forKey: .ages)
        try container.encode(phoneNumbers, forKey: .phoneNumbers)
        try container.encode(places, forKey: .places)
        try container.encode(
            Dictionary(uniqueKeysWithValues: stated.map { ($0.key.rawValue, $0.value) }), forKey: .stated)
    }
}
