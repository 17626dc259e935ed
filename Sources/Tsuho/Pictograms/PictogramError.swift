/// An error loading or using the pictograms: a malformed manifest or drawing, an unknown pictogram.
///
/// Malformed data carries every ``Diagnostic`` found, so a maintainer fixes them all in one go.
public struct PictogramError: Error, Hashable, Sendable, CustomStringConvertible {
    fileprivate enum Kind: Hashable, Sendable {
        case malformedData
        case unknownPictogram
        case noConcept
    }

    /// What kind of failure this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        fileprivate let kind: Kind

        /// The manifest or a drawing is malformed; see ``PictogramError/diagnostics``.
        public static let malformedData = Code(kind: .malformedData)
        /// No pictogram has the given id.
        public static let unknownPictogram = Code(kind: .unknownPictogram)
        /// The pictogram illustrates no concept of the dictionary, so nothing can caption it.
        public static let noConcept = Code(kind: .noConcept)

        /// The code's name.
        public var description: String { "\(kind)" }
    }

    /// What kind of failure this is.
    public let code: Code
    /// One English sentence, or for malformed data a summary followed by every error.
    public let message: String
    /// For ``Code/malformedData``, every problem found.
    public let diagnostics: [Diagnostic]

    /// The ``message``.
    public var description: String { message }

    static func malformed(_ diagnostics: [Diagnostic]) -> PictogramError {
        let errors = diagnostics.filter { $0.severity == .error }
        let lines = errors.map(\.description).joined(separator: "\n")
        return PictogramError(
            code: .malformedData,
            message: "The pictogram data has \(errors.count) error\(errors.count == 1 ? "" : "s"):\n\(lines)",
            diagnostics: diagnostics)
    }

    static func unknownPictogram(_ id: String, known: [String]) -> PictogramError {
        let near = known.filter { $0.hasPrefix(String(id.prefix(3))) }.prefix(5)
        let hint = near.isEmpty ? "" : " Similar ids: \(near.joined(separator: ", "))."
        return PictogramError(
            code: .unknownPictogram, message: "Unknown pictogram id \"\(id)\".\(hint)", diagnostics: [])
    }

    static func noConcept(_ id: String) -> PictogramError {
        PictogramError(
            code: .noConcept,
            message:
                "The pictogram \"\(id)\" illustrates no concept of the dictionary, so a card cannot caption it; add its concept to concepts.tsv and to its manifest row.",
            diagnostics: [])
    }
}
