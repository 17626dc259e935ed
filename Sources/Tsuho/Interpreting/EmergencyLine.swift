/// The emergency line a call came in on.
public enum EmergencyLine: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// 110, the police.
    case police = "110"
    /// 119, fire and ambulance.
    case fireAndAmbulance = "119"

    /// The number dialled, "110" or "119".
    public var description: String { rawValue }
}
