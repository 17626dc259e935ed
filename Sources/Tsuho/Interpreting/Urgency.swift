/// How urgent a call is, in the Fire and Disaster Management Agency's colour levels (赤, 黄, 緑, 白).
///
/// Waiting sessions are served `red` first, then `yellow`, then the rest (`green` and `white` together),
/// first come first served within each group.
public enum Urgency: String, Sendable, Hashable, Codable, CodingKeyRepresentable, CaseIterable,
    CustomStringConvertible
{
    /// 赤: life-threatening, immediate.
    case red
    /// 黄: serious, urgent.
    case yellow
    /// 緑: not urgent.
    case green
    /// 白: no emergency.
    case white

    /// The queue group: 0 for red, 1 for yellow, 2 for the rest.
    public var queueRank: Int {
        switch self {
        case .red: 0
        case .yellow: 1
        case .green, .white: 2
        }
    }

    /// The level's name, such as "red".
    public var description: String { rawValue }
}
