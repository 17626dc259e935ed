/// Reads `Pictograms/manifest.tsv` into entries, reporting every problem with its line and column and
/// keeping every good row (the structure is checked by ``TSVTable``, as for the dictionary files).
struct PictogramManifestParser {
    let file: String
    private(set) var entries: [PictogramManifest.Entry] = []
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    /// The standards a pictogram may name, and for ISO 7010 the form of a sign code.
    static let standards = ["ISO 7010", "ISO 7001", "ISO 22578", "JIS Z 8210", "JIS Z 9098", "JIS Z 9095"]

    mutating func parse(_ bytes: [UInt8]) {
        let table = TSVTable(bytes: bytes, file: file, header: PictogramManifest.header)
        diagnostics += table.diagnostics
        var seen: [String: Int] = [:]
        for row in table.rows {
            let cells = row.cells
            let columns = row.columns
            var problems: [(Int, String)] = []
            var warnings: [(Int, String)] = []
            let id = cells[0]
            if !DictionaryParser.isConceptID(id) {
                problems.append((0, "the id \"\(id)\" is not kebab-case ASCII (a-z, 0-9, -)."))
            } else if let first = seen[id] {
                problems.append((0, "duplicate id \"\(id)\" (first on line \(first))."))
            }
            let colour = PictogramColourFamily(rawValue: cells[1])
            if colour == nil {
                let families = PictogramColourFamily.allCases.map(\.rawValue).joined(separator: ", ")
                problems.append((1, "colour must be one of \(families); found \"\(cells[1])\"."))
            }
            let concepts = TermEntry.forms(inCell: cells[2])
            if concepts.isEmpty {
                warnings.append(
                    (
                        2,
                        "the pictogram illustrates no concept yet: add its concept to concepts.tsv and list it here, so cards can caption it."
                    ))
            }
            var seenConcepts: Set<String> = []
            for concept in concepts {
                if !DictionaryParser.isConceptID(concept) {
                    problems.append(
                        (
                            2,
                            "\"\(concept)\" is not a concept id; separate concept ids with \" | \" (space, bar, space)."
                        ))
                } else if !seenConcepts.insert(concept).inserted {
                    problems.append((2, "the concept \"\(concept)\" is listed twice."))
                }
            }
            let standard = cells[3]
            if let problem = Self.standardProblem(standard) {
                problems.append((3, problem))
            }
            let emoji = cells[4]
            if let problem = Self.emojiProblem(emoji) {
                problems.append((4, problem))
            } else if let newest = Self.newestScalar(emoji), newest.version > (12, 0) {
                warnings.append(
                    (
                        4,
                        "the emoji U+\(String(newest.scalar.value, radix: 16, uppercase: true)) is from Unicode \(newest.version.0).\(newest.version.1); older phones may show a box (prefer Unicode 12 or older)."
                    ))
            }
            for (column, message) in warnings {
                report(row.line, columns[column], message, .warning)
            }
            guard problems.isEmpty, let colour else {
                for (column, message) in problems {
                    report(row.line, columns[column], message, .error)
                }
                continue
            }
            seen[id] = row.line
            entries.append(
                PictogramManifest.Entry(
                    id: id, colour: colour, conceptIDs: concepts, standard: standard.isEmpty ? nil : standard,
                    emoji: emoji, line: row.line))
        }
    }

    private mutating func report(_ line: Int, _ column: Int, _ message: String, _ severity: Diagnostic.Severity) {
        diagnostics.append(Diagnostic(file: file, line: line, column: column, severity: severity, message: message))
    }

    /// Why a standard cell is malformed, or `nil`: empty, or a known standard, and for ISO 7010 a sign
    /// code of a letter (E, F, M, P, W) and three digits.
    static func standardProblem(_ standard: String) -> String? {
        guard !standard.isEmpty else { return nil }
        guard let name = standards.first(where: { standard == $0 || standard.hasPrefix($0 + " ") }) else {
            return
                "the standard \"\(standard)\" is not one of \(standards.joined(separator: ", ")) (with a clause or code), or empty."
        }
        if name == "ISO 7010" {
            let code = Array(standard.dropFirst(name.count + 1).unicodeScalars)
            let valid =
                code.count == 4 && "EFMPW".unicodeScalars.contains(code[0])
                && code.dropFirst().allSatisfy { ("0"..."9").contains($0) }
            if !valid {
                return
                    "an ISO 7010 code is a letter E, F, M, P or W and three digits (\"ISO 7010 E062\"), found \"\(standard)\"."
            }
        }
        return nil
    }

    /// Why an emoji cell is unusable, or `nil`: it must hold emoji and the characters that join and
    /// style them, and no letters.
    static func emojiProblem(_ emoji: String) -> String? {
        guard !emoji.isEmpty else {
            return "the emoji cell is empty: give an emoji for plain-text channels such as SMS."
        }
        let joiners: Set<UInt32> = [0x200D, 0xFE0F, 0x20E3]
        for scalar in emoji.unicodeScalars {
            let properties = scalar.properties
            let isTag = (0xE0020...0xE007F).contains(scalar.value)
            if joiners.contains(scalar.value) || isTag || properties.isEmojiModifier { continue }
            if !properties.isEmoji || scalar.value < 0xA9 {
                return
                    "the emoji cell holds \"\(emoji)\", which is not only emoji (U+\(String(scalar.value, radix: 16, uppercase: true)))."
            }
        }
        return nil
    }

    /// The scalar of an emoji introduced in the latest Unicode version, with that version.
    static func newestScalar(_ emoji: String) -> (scalar: Unicode.Scalar, version: (Int, Int))? {
        var newest: (scalar: Unicode.Scalar, version: (Int, Int))?
        for scalar in emoji.unicodeScalars {
            guard let age = scalar.properties.age else { continue }
            let version = (age.major, age.minor)
            if newest.map({ version > $0.version }) ?? true {
                newest = (scalar, version)
            }
        }
        return newest
    }
}
