/// The emergency number a report reached or belongs to.
public enum ReportLine: String, Sendable, Hashable, Codable, CaseIterable {
    /// 110: the police.
    case police = "110"
    /// 119: fire and ambulance (the fire service runs both).
    case fire = "119"
    /// Not known yet (a web form or gateway that does not say).
    case unknown

    /// The line in Japanese, as an operator reads it.
    public var japanese: String {
        switch self {
        case .police: "110番（警察）"
        case .fire: "119番（消防・救急）"
        case .unknown: "不明"
        }
    }
}
