/// Whether a candidate interpreter could take a session now.
public enum CandidateStatus: String, Sendable, Hashable, Codable, CustomStringConvertible {
    /// On duty, online, with a free place.
    case free
    /// On duty but at their maximum of sessions.
    case busy
    /// Not on shift.
    case offDuty = "off-duty"
    /// On shift but disconnected.
    case offline

    /// The status's name, such as "off-duty".
    public var description: String { rawValue }
}
