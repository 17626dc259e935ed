import Foundation
internal import TsuhoResources

/// Every pictogram, found by id, by dictionary concept, or by the words of a caller's text.
///
/// Immutable and `Sendable`: load it once and share it. A concept's pictograms come from the
/// dictionary's `pictogram` column (`concepts.tsv`) first, then from the manifest's concept lists, so
/// a pictogram illustrates both the concepts the dictionary gives it and those it names itself.
///
/// ```swift
/// let lexicon = try Lexicon.bundled()
/// let catalog = try PictogramCatalog.bundled(lexicon: lexicon)
/// catalog.pictograms(forConcept: "tsunami-warning").first?.id   // "tsunami-hazard"
/// let spotter = try TermSpotter(lexicon: lexicon)
/// for match in try catalog.pictograms(forText: "sóng thần! cần xe cứu thương", spotter: spotter) {
///     print(match.pictogram.emoji, match.term.text)
/// }
/// ```
public struct PictogramCatalog: Sendable {
    /// The pictograms, in manifest order.
    public let pictograms: [Pictogram]
    /// Warnings, and in lenient mode the errors of the rows and files that were left out.
    public let diagnostics: [Diagnostic]

    private let positions: [String: Int]
    /// Concept id to pictogram positions, the dictionary's choice first.
    private let byConcept: [String: [Int]]

    /// Creates a catalog from pictograms.
    ///
    /// - Parameters:
    ///   - pictograms: The pictograms; a later one with the id of an earlier one is left out.
    ///   - lexicon: The dictionary, whose `pictogram` column maps more concepts to pictograms; `nil` to
    ///     use the manifest's concept lists alone.
    ///   - diagnostics: Problems found while loading.
    public init(pictograms: [Pictogram], lexicon: Lexicon? = nil, diagnostics: [Diagnostic] = []) {
        var unique: [Pictogram] = []
        var positions: [String: Int] = [:]
        for pictogram in pictograms where positions[pictogram.id] == nil {
            positions[pictogram.id] = unique.count
            unique.append(pictogram)
        }
        var byConcept: [String: [Int]] = [:]
        for concept in lexicon?.concepts ?? [] {
            if let id = concept.pictogram, let position = positions[id] {
                byConcept[concept.id, default: []].append(position)
            }
        }
        for (position, pictogram) in unique.enumerated() {
            for concept in pictogram.conceptIDs where byConcept[concept]?.contains(position) != true {
                byConcept[concept, default: []].append(position)
            }
        }
        self.pictograms = unique
        self.positions = positions
        self.byConcept = byConcept
        self.diagnostics = diagnostics
    }

    /// Loads the pictograms of a folder's files.
    ///
    /// - Parameters:
    ///   - files: The manifest and drawings.
    ///   - lexicon: The dictionary, for its `pictogram` column; `nil` to use the manifest alone.
    ///   - mode: ``LoadingMode/strict`` refuses data with any error; ``LoadingMode/lenient`` keeps every
    ///     good pictogram and reports the others in ``diagnostics``.
    /// - Throws: ``PictogramError`` with code ``PictogramError/Code/malformedData`` listing every error:
    ///   a malformed manifest row, a missing file, a drawing that breaks ``PictogramRules``.
    public init(files: PictogramFiles, lexicon: Lexicon? = nil, mode: LoadingMode = .strict) throws {
        let manifestPath = files.path(of: PictogramManifest.fileName)
        guard let bytes = files.manifest else {
            let missing = Diagnostic(
                file: manifestPath, line: 0, column: 0, severity: .error, message: "the manifest is missing.")
            throw PictogramError.malformed([missing])
        }
        let manifest = try PictogramManifest(bytes: bytes, file: manifestPath, mode: mode)
        var diagnostics = manifest.diagnostics
        var pictograms: [Pictogram] = []
        for entry in manifest.entries {
            let name = entry.id + ".svg"
            guard let svg = files.drawings[name] else {
                diagnostics.append(
                    Diagnostic(
                        file: manifestPath, line: entry.line, column: 1, severity: .error,
                        message: "the pictogram \"\(entry.id)\" has no file \(name)."))
                continue
            }
            do {
                let url = files.folder?.appendingPathComponent(name)
                pictograms.append(try Pictogram(entry: entry, svg: svg, fileName: files.path(of: name), file: url))
            } catch let error as PictogramError {
                diagnostics += error.diagnostics
            }
        }
        if mode == .strict, diagnostics.contains(where: { $0.severity == .error }) {
            throw PictogramError.malformed(diagnostics)
        }
        self.init(pictograms: pictograms, lexicon: lexicon, diagnostics: diagnostics)
    }

    /// Loads the pictograms of a data location.
    ///
    /// - Parameters:
    ///   - location: The bundled data or a maintainer's folder.
    ///   - lexicon: The dictionary, for its `pictogram` column; `nil` to use the manifest alone.
    ///   - mode: How to treat malformed rows and drawings.
    /// - Throws: ``DataError`` when files cannot be read, ``PictogramError`` when they are malformed.
    public init(location: DataLocation, lexicon: Lexicon? = nil, mode: LoadingMode = .strict) throws {
        try self.init(files: PictogramFiles(location: location), lexicon: lexicon, mode: mode)
    }

    /// Loads the pictograms bundled with the package.
    ///
    /// - Parameter lexicon: The dictionary, for its `pictogram` column; `nil` to use the manifest alone.
    /// - Returns: The bundled catalog.
    /// - Throws: ``DataError`` when the bundle is missing, ``PictogramError`` when its files are malformed.
    public static func bundled(lexicon: Lexicon? = nil) throws -> PictogramCatalog {
        try PictogramCatalog(location: DataLocation.bundled(), lexicon: lexicon)
    }

    /// The pictogram with an id.
    ///
    /// - Parameter id: A pictogram id.
    /// - Returns: The pictogram.
    /// - Throws: ``PictogramError`` with code ``PictogramError/Code/unknownPictogram``.
    public func pictogram(id: String) throws -> Pictogram {
        guard let position = positions[id] else {
            throw PictogramError.unknownPictogram(id, known: pictograms.map(\.id))
        }
        return pictograms[position]
    }

    /// True when a pictogram has the id.
    ///
    /// - Parameter id: A pictogram id.
    /// - Returns: Whether the catalog has it.
    public func contains(id: String) -> Bool {
        positions[id] != nil
    }

    /// The pictograms that illustrate a concept, best first: the one the dictionary names, then those
    /// whose manifest row lists the concept.
    ///
    /// - Parameter conceptID: A concept id.
    /// - Returns: The pictograms; empty when none illustrates the concept.
    public func pictograms(forConcept conceptID: String) -> [Pictogram] {
        (byConcept[conceptID] ?? []).map { pictograms[$0] }
    }

    /// The pictograms for the dictionary terms of a caller's text, in the order the text names them,
    /// each pictogram once.
    ///
    /// The terms are found by the ``TermSpotter`` in every language at once, so a Vietnamese and a
    /// Japanese report of the same fire give the same pictograms.
    ///
    /// - Parameters:
    ///   - text: The caller's text, in any language of the dictionary.
    ///   - spotter: The term spotter over the dictionary.
    /// - Returns: One match per pictogram, with the caller's words that called for it.
    /// - Throws: ``TextError`` only if ICU itself fails.
    public func pictograms(forText text: String, spotter: TermSpotter) throws -> [PictogramMatch] {
        var matches: [PictogramMatch] = []
        var seen: Set<String> = []
        for term in try spotter.spot(text) {
            guard let pictogram = pictograms(forConcept: term.conceptID).first,
                seen.insert(pictogram.id).inserted
            else { continue }
            matches.append(PictogramMatch(pictogram: pictogram, conceptID: term.conceptID, term: term))
        }
        return matches
    }
}
