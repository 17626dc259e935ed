/// Checks that the pictogram manifest, the drawings and the dictionary agree, and that every drawing
/// follows ``PictogramRules``.
///
/// Errors: malformed manifest rows (columns, ids that are not kebab-case or are repeated, unknown colour
/// families, standards that are not a known standard or ISO 7010 code, empty or non-emoji fallbacks),
/// a row without a drawing, a drawing without a row, a concept id that `concepts.tsv` does not have,
/// and every broken drawing rule. Warnings: a concept whose `pictogram` cell names a pictogram whose row
/// does not list the concept, rows out of id order, and emoji newer than Unicode 12.
///
/// ``DictionaryLinter`` runs it when it is given the pictogram files.
public struct PictogramLinter: Sendable {
    /// The manifest and drawings.
    public let files: PictogramFiles
    /// Concept id to the pictogram its `concepts.tsv` row names (`nil` for none).
    public let concepts: [String: String?]

    /// Creates a linter.
    ///
    /// - Parameters:
    ///   - files: The manifest and drawings of a `Pictograms/` folder.
    ///   - concepts: Every concept id of the dictionary, with the pictogram its row names.
    public init(files: PictogramFiles, concepts: [String: String?]) {
        self.files = files
        self.concepts = concepts
    }

    /// Runs every check.
    ///
    /// - Returns: Every problem found.
    public func lint() -> [Diagnostic] {
        let manifestPath = files.path(of: PictogramManifest.fileName)
        guard let bytes = files.manifest else {
            guard !files.drawings.isEmpty else { return [] }
            return [
                Diagnostic(
                    file: manifestPath, line: 0, column: 0, severity: .error,
                    message: "the manifest is missing, so \(files.drawings.count) drawings have no manifest row.")
            ]
        }
        var diagnostics: [Diagnostic] = []
        func report(_ file: String, _ line: Int, _ column: Int, _ severity: Diagnostic.Severity, _ message: String) {
            diagnostics.append(Diagnostic(file: file, line: line, column: column, severity: severity, message: message))
        }
        // Lenient: every bad row is reported and every good row still checked.
        let manifest: PictogramManifest
        do {
            manifest = try PictogramManifest(bytes: bytes, file: manifestPath, mode: .lenient)
        } catch {
            return [Diagnostic(file: manifestPath, line: 0, column: 0, severity: .error, message: "\(error)")]
        }
        diagnostics += manifest.diagnostics
        // The concepts cell starts after the id and colour cells and their TABs.
        func conceptsColumn(_ entry: PictogramManifest.Entry?) -> Int {
            guard let entry else { return 0 }
            return entry.id.unicodeScalars.count + entry.colour.rawValue.unicodeScalars.count + 3
        }
        var previous = ""
        var listed: [String: Set<String>] = [:]
        for entry in manifest.entries {
            if entry.id < previous {
                report(
                    manifestPath, entry.line, 1, .warning,
                    "\"\(entry.id)\" comes after \"\(previous)\": keep rows in id order so diffs stay small.")
            }
            previous = max(previous, entry.id)
            listed[entry.id] = Set(entry.conceptIDs)
            for concept in entry.conceptIDs where concepts[concept] == nil {
                report(
                    manifestPath, entry.line, conceptsColumn(entry), .error,
                    "unknown concept id \"\(concept)\" in the row of \(entry.id): it is not in concepts.tsv.")
            }
            let name = entry.id + ".svg"
            guard let svg = files.drawings[name] else {
                report(manifestPath, entry.line, 1, .error, "the pictogram \"\(entry.id)\" has no file \(name).")
                continue
            }
            diagnostics += PictogramRules().check(svg, file: files.path(of: name), colour: entry.colour)
        }
        for name in files.drawings.keys.sorted() where listed[String(name.dropLast(4))] == nil {
            report(
                files.path(of: name), 0, 0, .error,
                "the drawing has no row in \(PictogramManifest.fileName) (or its row has errors).")
        }
        for (concept, pictogram) in concepts.sorted(by: { $0.key < $1.key }) {
            guard let pictogram, let ids = listed[pictogram], !ids.contains(concept) else { continue }
            let row = manifest.entries.first { $0.id == pictogram }
            report(
                manifestPath, row?.line ?? 0, conceptsColumn(row), .warning,
                "concepts.tsv gives \(concept) the pictogram \(pictogram), but its row does not list \(concept).")
        }
        return diagnostics
    }
}
