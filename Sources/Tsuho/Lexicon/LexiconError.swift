/// An error loading or using the dictionary: malformed files, an unknown concept or language.
///
/// A malformed data set carries every ``Diagnostic`` found, not just the first, so a maintainer fixes
/// them all in one go.
public struct LexiconError: Error, Hashable, Sendable, CustomStringConvertible {
    fileprivate enum Kind: Hashable, Sendable {
        case malformedData
        case unknownConcept
        case unknownLanguage
        case conflict
    }

    /// What kind of failure this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        fileprivate let kind: Kind

        /// One or more data files are malformed; see ``LexiconError/diagnostics``.
        public static let malformedData = Code(kind: .malformedData)
        /// No concept has the given id.
        public static let unknownConcept = Code(kind: .unknownConcept)
        /// The dictionary has no language with the given tag.
        public static let unknownLanguage = Code(kind: .unknownLanguage)
        /// A change would overwrite a reviewed cell or an existing concept.
        public static let conflict = Code(kind: .conflict)

        /// The code's name.
        public var description: String { "\(kind)" }
    }

    /// What kind of failure this is.
    public let code: Code
    /// One English sentence, or for malformed data a summary followed by every diagnostic.
    public let message: String
    /// For ``Code/malformedData``, every problem found.
    public let diagnostics: [Diagnostic]

    /// The ``message``.
    public var description: String { message }

    static func malformed(_ diagnostics: [Diagnostic]) -> LexiconError {
        let errors = diagnostics.filter { $0.severity == .error }
        let lines = errors.map(\.description).joined(separator: "\n")
        return LexiconError(
            code: .malformedData,
            message: "The dictionary data has \(errors.count) error\(errors.count == 1 ? "" : "s"):\n\(lines)",
            diagnostics: diagnostics)
    }

    static func unknownConcept(_ id: String) -> LexiconError {
        LexiconError(code: .unknownConcept, message: "Unknown concept id \"\(id)\".", diagnostics: [])
    }

    static func unknownLanguage(_ code: LanguageCode) -> LexiconError {
        LexiconError(
            code: .unknownLanguage, message: "Unknown language \"\(code)\": it is not in languages.tsv.",
            diagnostics: [])
    }

    static func conflict(_ message: String) -> LexiconError {
        LexiconError(code: .conflict, message: message, diagnostics: [])
    }
}
