/// How to reach an interpreter: an opaque `tel:` or `sip:` (or `sips:`) URI that Tsuho hands to the
/// telephony system without interpreting it.
///
/// Only the scheme is checked, and that the rest is present and has no spaces.
public struct ContactURI: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The URI as written.
    public let rawValue: String

    /// The schemes a contact may use.
    public static let schemes = ["tel", "sip", "sips"]

    /// Creates a contact, or `nil` when the scheme is not `tel:`, `sip:` or `sips:` or the rest is empty
    /// or holds whitespace.
    ///
    /// - Parameter rawValue: A URI such as `tel:+81-3-1234-5678` or `sip:en-01@interp.example.jp`.
    public init?(rawValue: String) {
        guard Self.problem(with: rawValue) == nil else { return nil }
        self.rawValue = rawValue
    }

    /// The scheme in lower case: "tel", "sip" or "sips".
    public var scheme: String {
        String(rawValue.prefix { $0 != ":" }).lowercased()
    }

    /// The URI.
    public var description: String { rawValue }

    /// Why a text is not a contact URI, or `nil` when it is one.
    static func problem(with text: String) -> String? {
        guard let colon = text.firstIndex(of: ":") else {
            return "expected a tel: or sip: URI, found \"\(text)\"."
        }
        let scheme = text[..<colon].lowercased()
        guard schemes.contains(scheme) else {
            return "the scheme must be tel:, sip: or sips:, found \"\(text[..<colon]):\"."
        }
        let rest = text[text.index(after: colon)...]
        if rest.isEmpty {
            return "nothing follows \"\(scheme):\"."
        }
        if rest.contains(where: { $0.isWhitespace }) {
            return "a URI cannot hold spaces: \"\(text)\"."
        }
        return nil
    }

    /// Decodes a contact from a JSON string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        if let problem = Self.problem(with: text) {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: problem)
        }
        rawValue = text
    }

    /// Encodes the contact as a JSON string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
