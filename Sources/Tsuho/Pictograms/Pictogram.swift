import Foundation

/// One pictogram: its manifest row, its English and Japanese title and description, and its drawing.
///
/// ```swift
/// let catalog = try PictogramCatalog.bundled()
/// let ambulance = try catalog.pictogram(id: "ambulance")
/// ambulance.emoji              // "🚑"
/// ambulance.title(in: "ja")    // "救急車"
/// ambulance.svg                // the file, ready to serve as image/svg+xml
/// ```
public struct Pictogram: Sendable, Hashable, Identifiable {
    /// The kebab-case id, also the file name without `.svg`.
    public let id: String
    /// The ISO 3864 colour family.
    public let colour: PictogramColourFamily
    /// The dictionary concepts it illustrates, main concept first.
    public let conceptIDs: [String]
    /// The standard symbol it follows ("ISO 7010 E062"), or `nil` for Tsuho's own.
    public let standard: String?
    /// The emoji that stands in for it in plain text.
    public let emoji: String
    /// The `<title>` texts by language (`en`, `ja`).
    public let titles: [LanguageCode: String]
    /// The `<desc>` texts by language (`en`, `ja`): what is drawn and what it means.
    public let descriptions: [LanguageCode: String]
    /// The SVG file as it is.
    public let svg: String
    /// Where the file was read from, or `nil` for a pictogram made in memory.
    public let file: URL?
    /// The drawing without the root element, titles and descriptions, for composing into other SVG.
    let drawing: String

    /// Reads a pictogram from its manifest row and its file, checking the drawing rules.
    ///
    /// - Parameters:
    ///   - entry: The manifest row.
    ///   - svg: The file's bytes.
    ///   - fileName: How diagnostics name the file ("Pictograms/aed.svg").
    ///   - file: Where the file is, if it was read from disk.
    /// - Throws: ``PictogramError`` with code ``PictogramError/Code/malformedData`` listing every rule the
    ///   file breaks.
    public init(entry: PictogramManifest.Entry, svg: [UInt8], fileName: String, file: URL? = nil) throws {
        let (diagnostics, tree) = PictogramRules().checkedTree(svg, file: fileName, colour: entry.colour)
        guard let root = tree?.root, !diagnostics.contains(where: { $0.severity == .error }) else {
            throw PictogramError.malformed(diagnostics)
        }
        id = entry.id
        colour = entry.colour
        conceptIDs = entry.conceptIDs
        standard = entry.standard
        emoji = entry.emoji
        self.svg = String(decoding: svg, as: UTF8.self)
        self.file = file
        var titles: [LanguageCode: String] = [:]
        var descriptions: [LanguageCode: String] = [:]
        let children = root.elements
        for child in children.prefix(4) {
            let language = LanguageCode(child.attributes["xml:lang"] ?? "")
            let text = child.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if child.name == "title" {
                titles[language] = text
            } else {
                descriptions[language] = text
            }
        }
        self.titles = titles
        self.descriptions = descriptions
        drawing = children.dropFirst(4).map { Self.markup($0, depth: 1) }.joined()
    }

    /// The title in a language, else in English.
    ///
    /// - Parameter language: `en` or `ja`.
    /// - Returns: The title.
    public func title(in language: LanguageCode) -> String {
        titles[language] ?? titles["en"] ?? id
    }

    /// The description in a language, else in English.
    ///
    /// - Parameter language: `en` or `ja`.
    /// - Returns: The description.
    public func description(in language: LanguageCode) -> String {
        descriptions[language] ?? descriptions["en"] ?? ""
    }

    /// The drawing as a nested `<svg>` element placed at a position and size, for composing into a card
    /// or a sheet. It has no ids, so any number of pictograms can share a document.
    ///
    /// - Parameters:
    ///   - x: The left edge.
    ///   - y: The top edge.
    ///   - size: The width and height.
    ///   - label: The accessible name, and its language.
    /// - Returns: The SVG markup.
    func nestedSVG(x: Double, y: Double, size: Double, label: (text: String, language: LanguageCode)) -> String {
        let title = "<title xml:lang=\"\(label.language)\">\(XMLText.escape(label.text))</title>"
        return
            "<svg x=\"\(XMLText.number(x))\" y=\"\(XMLText.number(y))\" width=\"\(XMLText.number(size))\" height=\"\(XMLText.number(size))\" viewBox=\"0 0 100 100\" role=\"img\">\(title)\(drawing)</svg>"
    }

    /// An element and its children as markup, with attributes in a fixed order.
    private static func markup(_ element: SVGTree.Element, depth: Int) -> String {
        let order = PictogramRules.attributeOrder
        let names = element.attributes.keys.sorted { (order[$0] ?? Int.max, $0) < (order[$1] ?? Int.max, $1) }
        let attributes = names.map { " \($0)=\"\(XMLText.escape(element.attributes[$0] ?? ""))\"" }.joined()
        let children = element.elements
        guard !children.isEmpty else {
            return "<\(element.name)\(attributes)/>"
        }
        let inner = children.map { markup($0, depth: depth + 1) }.joined()
        return "<\(element.name)\(attributes)>\(inner)</\(element.name)>"
    }
}
