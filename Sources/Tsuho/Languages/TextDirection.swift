/// The direction a language is written in.
public enum TextDirection: String, Sendable, Hashable, Codable {
    /// Left to right.
    case leftToRight = "ltr"
    /// Right to left (Arabic).
    case rightToLeft = "rtl"
}
