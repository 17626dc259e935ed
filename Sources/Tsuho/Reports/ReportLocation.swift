/// Where the caller is, as the channel reports it: a GPS position with its accuracy, a place written
/// in words, or both.
public struct ReportLocation: Sendable, Hashable, Codable {
    /// Latitude in degrees (WGS 84).
    public let latitude: Double?
    /// Longitude in degrees (WGS 84).
    public let longitude: Double?
    /// The radius in metres within which the position is right, as the phone reports it.
    public let accuracyMeters: Double?
    /// A place in words ("新宿駅東口", "near the big park").
    public let text: String?

    /// Creates a location.
    ///
    /// - Parameters:
    ///   - latitude: Degrees north.
    ///   - longitude: Degrees east.
    ///   - accuracyMeters: The accuracy radius in metres.
    ///   - text: A place in words.
    public init(latitude: Double? = nil, longitude: Double? = nil, accuracyMeters: Double? = nil, text: String? = nil) {
        self.latitude = latitude
        self.longitude = longitude
        self.accuracyMeters = accuracyMeters
        self.text = text
    }

    /// True when a usable position is given: both coordinates within range.
    public var hasPosition: Bool {
        guard let latitude, let longitude else { return false }
        return (-90...90).contains(latitude) && (-180...180).contains(longitude)
    }
}
