/// An error loading or using the phrasebook: malformed files, an unknown phrase, a language without the
/// phrase, or arguments that do not fit the phrase.
public struct PhrasebookError: Error, Hashable, Sendable, CustomStringConvertible {
    fileprivate enum Kind: Hashable, Sendable {
        case malformedData
        case unknownPhrase
        case missingTranslation
        case badArguments
    }

    /// What kind of failure this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        fileprivate let kind: Kind

        /// One or more phrase files are malformed; see ``PhrasebookError/diagnostics``.
        public static let malformedData = Code(kind: .malformedData)
        /// No phrase has the given id.
        public static let unknownPhrase = Code(kind: .unknownPhrase)
        /// The phrase has no text in the requested language.
        public static let missingTranslation = Code(kind: .missingTranslation)
        /// Arguments are missing, unknown or of the wrong type, or the pattern does not format.
        public static let badArguments = Code(kind: .badArguments)

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

    init(_ code: Code, _ message: String, diagnostics: [Diagnostic] = []) {
        self.code = code
        self.message = message
        self.diagnostics = diagnostics
    }

    static func malformed(_ diagnostics: [Diagnostic]) -> PhrasebookError {
        let errors = diagnostics.filter { $0.severity == .error }
        let lines = errors.map(\.description).joined(separator: "\n")
        return PhrasebookError(
            .malformedData, "The phrasebook has \(errors.count) error\(errors.count == 1 ? "" : "s"):\n\(lines)",
            diagnostics: diagnostics)
    }
}
