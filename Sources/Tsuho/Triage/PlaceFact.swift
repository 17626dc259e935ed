/// A place the caller named: a dictionary place (a station, a ward), an address with 丁目 or 番地, or
/// the channel's position.
public struct PlaceFact: Sendable, Hashable, Encodable {
    /// How the place was found.
    public enum Source: String, Sendable, Hashable, Encodable {
        /// A place concept of the dictionary (station, landmark, ward, city, prefecture, facility).
        case dictionary
        /// An address pattern (3丁目, 12番地, 3-12-5).
        case address
        /// The report's location (GPS or a place in words from the channel).
        case channel
    }

    /// The caller's words, or the channel's description.
    public let text: String
    /// The concept id for a dictionary place.
    public let conceptID: String?
    /// The place in Japanese when known (新宿駅).
    public let japanese: String?
    /// Where it is in the caller's text, when it comes from the text.
    public let utf8Range: Range<Int>?
    /// How it was found.
    public let source: Source
}
