/// One language of the dictionary, as `languages.tsv` describes it.
public struct Language: Sendable, Hashable, Codable {
    /// The BCP 47 tag, also the name of the language's file.
    public let code: LanguageCode
    /// The language's name in English.
    public let englishName: String
    /// The language's name in itself.
    public let nativeName: String
    /// The ISO 15924 code of its usual script ("Latn", "Thai", "Hans", "Jpan").
    public let script: String
    /// The writing direction.
    public let direction: TextDirection
    /// True when words are not separated by spaces and need a word break iterator.
    public let needsSegmenter: Bool
    /// The ICU locale for plural rules and segmentation ("fil" for Tagalog).
    public let icuLocale: String
    /// Languages an interpreter for this language may relay through, best first.
    public let relayLanguages: [LanguageCode]

    /// Creates a language.
    ///
    /// - Parameters:
    ///   - code: The BCP 47 tag.
    ///   - englishName: The name in English.
    ///   - nativeName: The name in the language itself.
    ///   - script: The ISO 15924 code of its usual script.
    ///   - direction: The writing direction.
    ///   - needsSegmenter: True when words are not separated by spaces.
    ///   - icuLocale: The ICU locale.
    ///   - relayLanguages: Relay languages for interpreters, best first.
    public init(
        code: LanguageCode, englishName: String, nativeName: String, script: String, direction: TextDirection,
        needsSegmenter: Bool, icuLocale: String, relayLanguages: [LanguageCode]
    ) {
        self.code = code
        self.englishName = englishName
        self.nativeName = nativeName
        self.script = script
        self.direction = direction
        self.needsSegmenter = needsSegmenter
        self.icuLocale = icuLocale
        self.relayLanguages = relayLanguages
    }

    /// The ICU locale as a BCP 47 tag ("zh_Hant" becomes "zh-Hant"), for ``ICULocale``.
    public var icuLocaleTag: String { Self.languageTag(ofICULocale: icuLocale) }

    /// An ICU locale id written as a BCP 47 tag.
    static func languageTag(ofICULocale identifier: String) -> String {
        identifier.replacingAll("_", with: "-")
    }

    /// True for languages written in the Latin script, whose forms are also matched without
    /// diacritics and with typo tolerance.
    public var usesLatinScript: Bool { script == "Latn" }

    /// True for scripts made of letters (Latin, Cyrillic, Greek), where typo tolerance makes sense.
    public var isAlphabetic: Bool { ["Latn", "Cyrl", "Grek"].contains(script) }
}
