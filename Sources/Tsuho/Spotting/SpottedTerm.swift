/// A dictionary term found in a caller's text.
public struct SpottedTerm: Sendable, Hashable, Encodable {
    /// The concept the term names.
    public let conceptID: String
    /// The language of the dictionary form that matched.
    public let language: LanguageCode
    /// The dictionary form that matched.
    public let form: String
    /// The caller's words, exactly as written.
    public let text: String
    /// Where they are in the caller's text.
    public let range: Range<String.Index>
    /// Their UTF-8 offsets in the caller's text.
    public let utf8Range: Range<Int>
    /// How the form matched: exact, folded or diacritic-insensitive.
    public let match: MatchKind

    private enum CodingKeys: String, CodingKey {
        case conceptID = "concept"
        case language, form, text
        case utf8Range = "utf8"
        case match
    }

    /// Encodes the term without its `String.Index` range (the UTF-8 offsets say the same).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(conceptID, forKey: .conceptID)
        try container.encode(language, forKey: .language)
        try container.encode(form, forKey: .form)
        try container.encode(text, forKey: .text)
        try container.encode(utf8Range, forKey: .utf8Range)
        try container.encode(match, forKey: .match)
    }
}
