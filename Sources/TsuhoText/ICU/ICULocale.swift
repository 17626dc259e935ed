/// A locale that ICU has data for, named by a BCP 47 language tag.
///
/// ```swift
/// let locale = try ICULocale("zh-Hant")   // identifier "zh_Hant"
/// _ = try ICULocale("xx")                 // throws: Unknown locale "xx"
/// ```
public struct ICULocale: Sendable, Hashable, CustomStringConvertible {
    /// The tag as given, such as "zh-Hant".
    public let languageTag: String
    /// ICU's locale id, such as "zh_Hant".
    public let identifier: String

    /// Checks a language tag and finds ICU's locale for it.
    ///
    /// - Parameter languageTag: A BCP 47 tag ("vi", "pt-BR", "ja-x-easy").
    /// - Throws: ``TextError`` naming the tag, with code ``TextError/Code/malformedLanguageTag`` when it is
    ///   not BCP 47 or ``TextError/Code/unknownLocale`` when ICU has no data for it.
    public init(_ languageTag: String) throws {
        self.languageTag = languageTag
        identifier = try ICUBridge.localeID(forLanguageTag: languageTag)
    }

    /// The language tag.
    public var description: String { languageTag }
}
