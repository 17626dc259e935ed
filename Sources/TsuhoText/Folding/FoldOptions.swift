/// The folds a ``TextFolder`` applies to make a search key.
///
/// ```swift
/// let options: FoldOptions = [.caseFold, .kana, .diacritics]
/// ```
public struct FoldOptions: OptionSet, Sendable, Hashable, Codable {
    /// The bits of the set.
    public let rawValue: Int

    /// Creates a set from its bits.
    ///
    /// - Parameter rawValue: The bits of the set.
    public init(rawValue: Int) {
        self.rawValue = rawValue
    }

    /// Unicode NFKC_Casefold: compatibility forms, case, and removal of default-ignorable characters
    /// (it includes the width fold).
    public static let caseFold = FoldOptions(rawValue: 1 << 0)
    /// Fullwidth ASCII to ASCII, halfwidth katakana and Hangul to their usual forms, the ideographic
    /// space to a space.
    public static let width = FoldOptions(rawValue: 1 << 1)
    /// Katakana to hiragana (キュウ to きゅう).
    public static let kana = FoldOptions(rawValue: 1 << 2)
    /// Removes diacritics from Latin letters, Vietnamese included (nơi sơ tán to noi so tan, đ to d).
    /// Other scripts keep their marks: Thai vowel signs and Cyrillic й are letters, not accents.
    public static let diacritics = FoldOptions(rawValue: 1 << 3)
    /// Traditional Chinese characters to Simplified (ICU's Traditional-Simplified, one character at a
    /// time so that the offset map stays exact).
    public static let simplifiedChinese = FoldOptions(rawValue: 1 << 4)

    /// The folds for a dictionary search key: case, width and kana.
    public static let searchKey: FoldOptions = [.caseFold, .width, .kana]
    /// Every fold.
    public static let all: FoldOptions = [.caseFold, .width, .kana, .diacritics, .simplifiedChinese]

    /// The names of the folds, as the command line and JSON spell them.
    public static let names: [(name: String, option: FoldOptions)] = [
        ("case", .caseFold), ("width", .width), ("kana", .kana), ("diacritics", .diacritics),
        ("simplified", .simplifiedChinese),
    ]

    /// The names of the folds in this set, in a fixed order.
    public var names: [String] {
        Self.names.filter { contains($0.option) }.map(\.name)
    }
}
