/// What the call-taker uses while no interpreter is on the line, so no caller is left with nothing.
public enum Fallback: String, Sendable, Hashable, Codable, CustomStringConvertible {
    /// やさしい日本語 (Easy Japanese) with pictograms, from the dictionary's `ja-x-easy` column and the
    /// pictogram set.
    case easyJapaneseWithPictograms = "easy-japanese-with-pictograms"

    /// The fallback's name, such as "easy-japanese-with-pictograms".
    public var description: String { rawValue }
}
