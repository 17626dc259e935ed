/// A contact sheet: every pictogram in a grid with its id underneath, as one SVG, so a person sees the
/// set at a glance (`tsuho pictogram sheet` turns it into PNG).
///
/// ```swift
/// let sheet = PictogramSheet(columns: 10, size: 96).svg(catalog.pictograms)
/// ```
public struct PictogramSheet: Sendable {
    /// Pictograms per row.
    public var columns: Int
    /// The side of each pictogram in px.
    public var size: Double

    /// Creates a sheet layout.
    ///
    /// - Parameters:
    ///   - columns: Pictograms per row, at least 1.
    ///   - size: The side of each pictogram in px, at least 16.
    public init(columns: Int = 10, size: Double = 96) {
        self.columns = max(1, columns)
        self.size = max(16, size)
    }

    /// The order of colour families on the sheet: safe and fire equipment, instructions, prohibitions,
    /// hazards, then information.
    static let familyOrder: [PictogramColourFamily] = [
        .safe, .fire, .mandatory, .prohibition, .warning, .information,
    ]

    /// The sheet as one SVG document, pictograms grouped by colour family, then by id.
    ///
    /// - Parameter pictograms: The pictograms.
    /// - Returns: The SVG.
    public func svg(_ pictograms: [Pictogram]) -> String {
        let ordered = pictograms.sorted {
            let left = Self.familyOrder.firstIndex(of: $0.colour) ?? 0
            let right = Self.familyOrder.firstIndex(of: $1.colour) ?? 0
            return (left, $0.id) < (right, $1.id)
        }
        let fontSize = max(9, (size / 8).rounded())
        let cellWidth = max(size + 24, fontSize * 12)
        let labelHeight = fontSize * 2.6
        let cellHeight = size + 12 + labelHeight
        let margin = 16.0
        let rows = (ordered.count + columns - 1) / columns
        let width = margin * 2 + cellWidth * Double(min(columns, max(ordered.count, 1)))
        let height = margin * 2 + cellHeight * Double(max(rows, 1))
        var cells: [String] = []
        for (index, pictogram) in ordered.enumerated() {
            let column = Double(index % columns)
            let row = Double(index / columns)
            let x = margin + column * cellWidth
            let y = margin + row * cellHeight
            var cell = [
                pictogram.nestedSVG(
                    x: x + (cellWidth - size) / 2, y: y, size: size, label: (pictogram.title(in: "en"), "en"))
            ]
            let lines = Self.labelLines(pictogram.id, maxCharacters: Int(cellWidth / (fontSize * 0.6)))
            for (number, line) in lines.enumerated() {
                let baseline = y + size + 6 + fontSize * (1 + 1.2 * Double(number))
                cell.append(
                    "<text x=\"\(XMLText.number(x + cellWidth / 2))\" y=\"\(XMLText.number(baseline))\" text-anchor=\"middle\" font-family=\"'DejaVu Sans Mono', 'Noto Sans Mono', monospace\" font-size=\"\(XMLText.number(fontSize))\" fill=\"#1A1A1A\">\(XMLText.escape(line))</text>"
                )
            }
            cells.append(cell.joined(separator: "\n"))
        }
        let w = XMLText.number(width)
        let h = XMLText.number(height)
        return """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(w)" height="\(h)" viewBox="0 0 \(w) \(h)" role="img" xml:lang="en">
            <title xml:lang="en">Tsuho pictograms: \(ordered.count)</title>
            <rect width="\(w)" height="\(h)" fill="#FFFFFF"/>
            \(cells.joined(separator: "\n"))
            </svg>

            """
    }

    /// An id on at most two lines, broken at the hyphen nearest the middle when it is too long.
    static func labelLines(_ id: String, maxCharacters: Int) -> [String] {
        guard id.count > maxCharacters else { return [id] }
        let characters = Array(id)
        let hyphens = characters.indices.filter { characters[$0] == "-" }
        guard let split = hyphens.min(by: { abs($0 - characters.count / 2) < abs($1 - characters.count / 2) }) else {
            return [id]
        }
        return [String(characters[...split]), String(characters[(split + 1)...])]
    }
}
