/// The pictogram manifest, `Pictograms/manifest.tsv`: one row per pictogram with its colour family,
/// the concepts it illustrates, the standard symbol it follows and an emoji fallback.
///
/// ```swift
/// let manifest = try PictogramManifest(bytes: Array(data), file: "Pictograms/manifest.tsv")
/// manifest.entries.first?.emoji   // "🚑"
/// ```
public struct PictogramManifest: Sendable, Hashable {
    /// One row of the manifest.
    public struct Entry: Sendable, Hashable, Codable {
        /// The pictogram's kebab-case id, also its file name without `.svg`.
        public let id: String
        /// The ISO 3864 colour family.
        public let colour: PictogramColourFamily
        /// The dictionary concepts the pictogram illustrates; the first is its main concept, whose words
        /// caption it when it is asked for by its own id.
        public let conceptIDs: [String]
        /// The standard symbol it follows ("ISO 7010 E062", "JIS Z 8210"), or `nil` for Tsuho's own.
        public let standard: String?
        /// The emoji that stands in for it in plain text ("🚑").
        public let emoji: String
        /// The manifest line, from 1.
        public let line: Int

        /// Creates an entry.
        ///
        /// - Parameters:
        ///   - id: The kebab-case id.
        ///   - colour: The colour family.
        ///   - conceptIDs: The concepts it illustrates, main concept first.
        ///   - standard: The standard symbol it follows, or `nil`.
        ///   - emoji: The plain-text fallback.
        ///   - line: The manifest line, or 0.
        public init(
            id: String, colour: PictogramColourFamily, conceptIDs: [String], standard: String?, emoji: String,
            line: Int = 0
        ) {
            self.id = id
            self.colour = colour
            self.conceptIDs = conceptIDs
            self.standard = standard
            self.emoji = emoji
            self.line = line
        }
    }

    /// The header line's cells.
    public static let header = ["id", "colour", "concepts", "standard", "emoji"]
    /// The manifest's file name.
    public static let fileName = "manifest.tsv"

    /// The rows, in file order.
    public let entries: [Entry]
    /// Warnings, and in lenient mode the errors of the rows that were left out.
    public let diagnostics: [Diagnostic]

    /// Parses a manifest.
    ///
    /// - Parameters:
    ///   - bytes: The file's bytes.
    ///   - file: How diagnostics name the file.
    ///   - mode: ``LoadingMode/strict`` refuses a manifest with any error; ``LoadingMode/lenient`` keeps
    ///     every good row and reports the others in ``diagnostics``.
    /// - Throws: ``PictogramError`` with code ``PictogramError/Code/malformedData`` listing every error.
    public init(bytes: [UInt8], file: String = "Pictograms/manifest.tsv", mode: LoadingMode = .strict) throws {
        var parser = PictogramManifestParser(file: file)
        parser.parse(bytes)
        if mode == .strict, parser.diagnostics.contains(where: { $0.severity == .error }) {
            throw PictogramError.malformed(parser.diagnostics)
        }
        entries = parser.entries
        diagnostics = parser.diagnostics
    }
}
