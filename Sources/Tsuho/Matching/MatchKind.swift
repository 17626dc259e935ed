/// How a lookup matched a dictionary form, from the most to the least certain.
public enum MatchKind: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The query is the form, character for character.
    case exact
    /// Equal after NFKC_Casefold, width and kana folding (ＦＩＲＥ, fire; キュウ, きゅう).
    case folded
    /// Equal after also removing diacritics (noi so tan, nơi sơ tán).
    case diacriticInsensitive
    /// Equal after folding Traditional to Simplified Chinese (新宿車站, 新宿车站).
    case traditionalSimplified
    /// Romaji against the Japanese reading, with Hepburn, kunrei and typing variants (hinanzyo).
    case romaji
    /// Within a few edits of a form (ambulanse, ambulance): the least certain.
    case typo(distance: Int)

    /// A short name: exact, folded, diacritic-insensitive, traditional-simplified, romaji, typo.
    public var name: String {
        switch self {
        case .exact: "exact"
        case .folded: "folded"
        case .diacriticInsensitive: "diacritic-insensitive"
        case .traditionalSimplified: "traditional-simplified"
        case .romaji: "romaji"
        case .typo: "typo"
        }
    }

    /// The name, with the distance for typos ("typo (1 edit)").
    public var description: String {
        if case .typo(let distance) = self {
            return "typo (\(distance) edit\(distance == 1 ? "" : "s"))"
        }
        return name
    }

    private var rank: Int {
        switch self {
        case .exact: 0
        case .folded: 1
        case .diacriticInsensitive: 2
        case .traditionalSimplified: 3
        case .romaji: 4
        case .typo(let distance): 5 + distance
        }
    }

    /// More certain matches sort first.
    public static func < (lhs: MatchKind, rhs: MatchKind) -> Bool {
        lhs.rank < rhs.rank
    }

    private enum CodingKeys: String, CodingKey {
        case kind
        case distance
    }

    /// Encodes as `{"kind": "typo", "distance": 1}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .kind)
        if case .typo(let distance) = self {
            try container.encode(distance, forKey: .distance)
        }
    }

    /// Decodes from `{"kind": …, "distance": …}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let name = try container.decode(String.self, forKey: .kind)
        switch name {
        case "exact": self = .exact
        case "folded": self = .folded
        case "diacritic-insensitive": self = .diacriticInsensitive
        case "traditional-simplified": self = .traditionalSimplified
        case "romaji": self = .romaji
        case "typo": self = .typo(distance: try container.decode(Int.self, forKey: .distance))
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .kind, in: container, debugDescription: "Unknown match kind \"\(name)\".")
        }
    }
}
