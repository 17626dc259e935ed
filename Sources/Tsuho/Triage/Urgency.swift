/// How urgent a report is, on the Fire and Disaster Management Agency's four colours. Triage decides
/// it; the interpreter router serves `red` first, then `yellow`, then the rest (``queueRank``).
public enum Urgency: String, Sendable, Hashable, Codable, CaseIterable, Comparable, CustomStringConvertible {
    /// 赤: life-threatening now.
    case red
    /// 黄: serious, needs help soon.
    case yellow
    /// 緑: minor.
    case green
    /// 白: not an emergency.
    case white

    /// The colour's name in Japanese.
    public var japanese: String {
        switch self {
        case .red: "赤"
        case .yellow: "黄"
        case .green: "緑"
        case .white: "白"
        }
    }

    /// The interpreter queue group: 0 for red, 1 for yellow, 2 for the rest.
    public var queueRank: Int {
        switch self {
        case .red: 0
        case .yellow: 1
        case .green, .white: 2
        }
    }

    /// The level's name, such as "red".
    public var description: String { rawValue }

    /// Rank: red is the most urgent.
    private var rank: Int {
        switch self {
        case .red: 3
        case .yellow: 2
        case .green: 1
        case .white: 0
        }
    }

    /// More urgent is greater.
    public static func < (left: Urgency, right: Urgency) -> Bool { left.rank < right.rank }
}
