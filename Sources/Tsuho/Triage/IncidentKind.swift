/// What kind of emergency a report is about.
public enum IncidentKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A fire, smoke, explosion or gas leak.
    case fire
    /// Illness or injury.
    case medical
    /// Someone trapped or needing rescue.
    case rescue
    /// A traffic accident.
    case traffic
    /// Theft, violence, a weapon, a suspicious person …
    case crime
    /// Flood, landslide, tsunami, earthquake damage, volcano.
    case disaster
    /// Anything else.
    case other

    /// The kind in Japanese.
    public var japanese: String {
        switch self {
        case .fire: "火災"
        case .medical: "救急（急病・けが）"
        case .rescue: "救助"
        case .traffic: "交通事故"
        case .crime: "事件"
        case .disaster: "災害"
        case .other: "その他"
        }
    }
}
