import Foundation
internal import TsuhoText

/// The drawing rules every pictogram file follows, as a checker that the linter and the tests share.
///
/// A pictogram is a small, safe, self-contained SVG that reads at 48 px:
/// - the root is `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100" height="100"
///   role="img">`, and its first children are `<title xml:lang="en">`, `<title xml:lang="ja">`,
///   `<desc xml:lang="en">` and `<desc xml:lang="ja">`, none empty;
/// - the drawing uses only ``drawingElements`` with ``drawingAttributes``: no text, scripts, styles,
///   images, links, references, ids, event attributes, DTDs or processing instructions, and no
///   character data outside the titles and descriptions;
/// - colours come from ``palette`` (or `none`); strokes are ``strokeWidths`` wide (6 for lines, 10 for
///   the limbs of figures and the prohibition bar) with round caps and joins wherever a cap or a join
///   shows;
/// - the first shape is the frame of the pictogram's ``PictogramColourFamily``;
/// - the file is UTF-8 without a byte-order mark, with LF line endings.
///
/// ```swift
/// let problems = PictogramRules().check(bytes, file: "Pictograms/aed.svg", colour: .safe)
/// ```
public struct PictogramRules: Sendable {
    /// The SVG namespace the root element declares.
    public static let svgNamespace = "http://www.w3.org/2000/svg"
    /// The only colours a drawing uses, upper-case hex: ISO 3864 green, yellow, red and blue, black,
    /// white, a mid grey for secondary detail, and a water blue.
    public static let palette: Set<String> = [
        "#00875A", "#F5C400", "#C8102E", "#0057A8", "#1A1A1A", "#FFFFFF", "#6E6E6E", "#3A8DDE",
    ]
    /// The only stroke widths: 6 for lines and outlines, 10 for the limbs of human figures.
    public static let strokeWidths: Set<String> = ["6", "10"]
    /// The elements a drawing may use, besides the root and its titles and descriptions.
    public static let drawingElements: Set<String> = [
        "g", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
    ]
    /// The attributes drawing elements may carry: geometry and presentation attributes.
    public static let drawingAttributes: Set<String> = [
        "d", "x", "y", "width", "height", "rx", "ry", "cx", "cy", "r", "x1", "y1", "x2", "y2", "points",
        "fill", "fill-rule", "fill-opacity", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin",
        "stroke-opacity", "opacity", "transform",
    ]
    /// The attributes of the root element, with the values they must have.
    public static let rootAttributes: [String: String] = [
        "xmlns": svgNamespace, "viewBox": "0 0 100 100", "width": "100", "height": "100", "role": "img",
    ]

    /// Creates the checker.
    public init() {}

    /// Checks one pictogram file.
    ///
    /// - Parameters:
    ///   - bytes: The file's bytes.
    ///   - file: How diagnostics name the file ("Pictograms/aed.svg").
    ///   - colour: The colour family the manifest gives the pictogram, to check its frame; `nil` to skip
    ///     that check.
    /// - Returns: Every rule the file breaks, with the line and column where the parser can tell.
    public func check(_ bytes: [UInt8], file: String, colour: PictogramColourFamily? = nil) -> [Diagnostic] {
        checkedTree(bytes, file: file, colour: colour).diagnostics
    }

    /// Checks one pictogram file and returns its tree too, so a loader parses it once.
    func checkedTree(
        _ bytes: [UInt8], file: String, colour: PictogramColourFamily?
    ) -> (diagnostics: [Diagnostic], tree: SVGTree?) {
        var check = Check(file: file)
        guard check.bytes(bytes) else { return (check.diagnostics, nil) }
        let tree = SVGTree(data: Data(bytes))
        if let error = tree.error {
            check.error(error.line, error.column, error.message)
            return (check.diagnostics, nil)
        }
        for extra in tree.extras where !extra.kind.hasPrefix("comment") {
            check.error(extra.line, extra.column, "a \(extra.kind) is not allowed in a pictogram.")
        }
        if let root = tree.root {
            check.root(root, colour: colour)
        }
        return (check.diagnostics, tree)
    }

    /// The order attributes are written in when a drawing is composed: geometry, then presentation.
    static let attributeOrder: [String: Int] = {
        let names = [
            "d", "x", "y", "width", "height", "rx", "ry", "cx", "cy", "r", "x1", "y1", "x2", "y2", "points",
            "transform", "fill", "fill-rule", "fill-opacity", "stroke", "stroke-width", "stroke-linecap",
            "stroke-linejoin", "stroke-opacity", "opacity",
        ]
        return Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
    }()

    /// The state of one check: the file's name and what was found.
    private struct Check {
        let file: String
        var diagnostics: [Diagnostic] = []

        mutating func error(_ line: Int, _ column: Int, _ message: String) {
            diagnostics.append(Diagnostic(file: file, line: line, column: column, severity: .error, message: message))
        }

        /// Encoding, line endings and DTDs, on the raw bytes; false when the file cannot be parsed.
        mutating func bytes(_ bytes: [UInt8]) -> Bool {
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
                error(1, 1, "the file starts with a byte-order mark (U+FEFF); save it as UTF-8 without BOM.")
            }
            if let bad = UTF8Input.firstInvalidOffset(in: bytes) {
                error(0, 0, "invalid UTF-8 at byte offset \(bad).")
                return false
            }
            let text = String(decoding: bytes, as: UTF8.self)
            if let carriageReturn = bytes.firstIndex(of: 0x0D) {
                let line = bytes[..<carriageReturn].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
                error(line, 0, "the file has CR line endings (CRLF); use LF.")
            }
            let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
            for (number, line) in lines.enumerated() {
                let line = String(String.UnicodeScalarView(line))
                for marker in ["<!DOCTYPE", "<!ENTITY"] where line.contains(marker) {
                    error(number + 1, 1, "a \(marker) declaration is not allowed: entities could hide text or files.")
                }
            }
            if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                error(1, 1, "the file is empty.")
                return false
            }
            return true
        }

        /// The root element: its attributes, titles and descriptions, frame and drawing.
        mutating func root(_ root: SVGTree.Element, colour: PictogramColourFamily?) {
            guard root.name == "svg" else {
                error(root.line, root.column, "the root element must be <svg>, found <\(root.name)>.")
                return
            }
            for (name, expected) in PictogramRules.rootAttributes.sorted(by: { $0.key < $1.key }) {
                let found = root.attributes[name]
                if found != expected {
                    let actual = found.map { "\"\($0)\"" } ?? "nothing"
                    error(
                        root.line, root.column, "the <svg> element must have \(name)=\"\(expected)\", found \(actual).")
                }
            }
            for name in root.attributes.keys.sorted() where PictogramRules.rootAttributes[name] == nil {
                error(root.line, root.column, "the <svg> element may not have the attribute \(name).")
            }
            let children = root.elements
            let expected: [(String, String)] = [("title", "en"), ("title", "ja"), ("desc", "en"), ("desc", "ja")]
            for (index, (name, language)) in expected.enumerated() {
                guard index < children.count else {
                    error(
                        root.line, root.column, "the <svg> element must start with <\(name) xml:lang=\"\(language)\">.")
                    continue
                }
                let child = children[index]
                guard child.name == name, child.attributes["xml:lang"] == language else {
                    error(
                        child.line, child.column,
                        "child \(index + 1) of <svg> must be <\(name) xml:lang=\"\(language)\">, found <\(child.name)>."
                    )
                    continue
                }
                if child.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                    error(child.line, child.column, "the <\(name) xml:lang=\"\(language)\"> is empty.")
                }
                if !child.elements.isEmpty || Set(child.attributes.keys) != ["xml:lang"] {
                    error(child.line, child.column, "a <\(name)> holds only text and has only an xml:lang attribute.")
                }
            }
            for node in root.children {
                if case .text(let text) = node {
                    let words = text.trimmingCharacters(in: .whitespacesAndNewlines)
                    if !words.isEmpty {
                        error(root.line, root.column, "text is not allowed in the drawing: \"\(words.prefix(20))\".")
                    }
                }
            }
            let drawing = Array(children.dropFirst(min(4, children.count)))
            if let colour {
                frame(drawing.first, colour: colour, root: root)
            }
            if drawing.isEmpty {
                error(root.line, root.column, "the pictogram has no drawing.")
            }
            for element in drawing {
                self.element(element, inherited: Style())
            }
        }

        /// The first shape must be the colour family's frame.
        mutating func frame(_ first: SVGTree.Element?, colour: PictogramColourFamily, root: SVGTree.Element) {
            let want = "a <\(colour.frameElement)> filled \(colour.frameColour)"
            guard let first else {
                error(root.line, root.column, "a \(colour.rawValue) pictogram starts its drawing with \(want).")
                return
            }
            let fill = first.attributes["fill"]?.uppercased() ?? "none"
            if first.name != colour.frameElement || fill != colour.frameColour {
                error(
                    first.line, first.column,
                    "a \(colour.rawValue) pictogram starts its drawing with \(want) (its frame), found a <\(first.name)> filled \(fill)."
                )
            }
        }

        /// The presentation attributes an element inherits.
        struct Style {
            var stroke: String?
            var strokeWidth: String?
            var linecap: String?
            var linejoin: String?
        }

        /// One drawing element and its children.
        mutating func element(_ element: SVGTree.Element, inherited: Style) {
            let at = (element.line, element.column)
            guard PictogramRules.drawingElements.contains(element.name) else {
                let reason =
                    switch element.name {
                    case "text", "tspan": "words belong in captions, not in the drawing"
                    case "script", "foreignObject", "a": "a pictogram is a static picture"
                    case "image": "no embedded or linked images"
                    case "use", "defs", "symbol": "every shape is drawn where it is"
                    case "style": "use presentation attributes"
                    case "title", "desc": "the titles and descriptions come first, once each"
                    default: "only \(PictogramRules.drawingElements.sorted().joined(separator: ", ")) are allowed"
                    }
                error(at.0, at.1, "the element <\(element.name)> is not allowed: \(reason).")
                return
            }
            for name in element.attributes.keys.sorted() where !PictogramRules.drawingAttributes.contains(name) {
                let reason =
                    if name.hasPrefix("on") {
                        "no scripts"
                    } else if name.hasSuffix("href") {
                        "no links or external references"
                    } else if name == "style" || name == "class" {
                        "use presentation attributes"
                    } else if name == "id" {
                        "nothing may refer to a shape, and ids would clash when pictograms share a card"
                    } else {
                        "it is not a geometry or presentation attribute of the set"
                    }
                error(at.0, at.1, "the attribute \(name) on <\(element.name)> is not allowed: \(reason).")
            }
            for name in ["fill", "stroke"] {
                if let value = element.attributes[name], value != "none",
                    !PictogramRules.palette.contains(value.uppercased())
                {
                    error(
                        at.0, at.1,
                        "the colour \(name)=\"\(value)\" on <\(element.name)> is not in the palette (\(PictogramRules.palette.sorted().joined(separator: " ")))."
                    )
                }
            }
            if let width = element.attributes["stroke-width"], !PictogramRules.strokeWidths.contains(width) {
                error(at.0, at.1, "stroke-width=\"\(width)\" on <\(element.name)>: strokes are 6 or 10 wide.")
            }
            for name in ["stroke-linecap", "stroke-linejoin"] {
                if let value = element.attributes[name], value != "round" {
                    error(at.0, at.1, "\(name)=\"\(value)\" on <\(element.name)>: caps and joins are round.")
                }
            }
            for node in element.children {
                if case .text(let text) = node {
                    let words = text.trimmingCharacters(in: .whitespacesAndNewlines)
                    if !words.isEmpty {
                        error(at.0, at.1, "text is not allowed in the drawing: \"\(words.prefix(20))\".")
                    }
                }
            }
            var style = inherited
            style.stroke = element.attributes["stroke"] ?? style.stroke
            style.strokeWidth = element.attributes["stroke-width"] ?? style.strokeWidth
            style.linecap = element.attributes["stroke-linecap"] ?? style.linecap
            style.linejoin = element.attributes["stroke-linejoin"] ?? style.linejoin
            if element.name == "g" {
                for child in element.elements {
                    self.element(child, inherited: style)
                }
                return
            }
            guard let stroke = style.stroke, stroke != "none" else { return }
            if style.strokeWidth == nil {
                error(at.0, at.1, "<\(element.name)> is stroked but sets no stroke-width (it would be 1); use 6 or 10.")
            }
            if Self.showsCaps(element), style.linecap != "round" {
                error(at.0, at.1, "<\(element.name)> has open ends: set stroke-linecap=\"round\" (here or on a <g>).")
            }
            if Self.showsJoins(element), style.linejoin != "round" {
                error(at.0, at.1, "<\(element.name)> has corners: set stroke-linejoin=\"round\" (here or on a <g>).")
            }
        }

        /// True when a stroked element has open ends: lines, polylines and paths with an open subpath.
        static func showsCaps(_ element: SVGTree.Element) -> Bool {
            switch element.name {
            case "line", "polyline": return true
            case "path":
                let data = element.attributes["d"] ?? ""
                // Each subpath starts with M or m; it is closed when it ends with Z or z.
                let subpaths = data.split(whereSeparator: { $0 == "M" || $0 == "m" })
                return subpaths.contains { subpath in
                    let trimmed = subpath.trimmingCharacters(in: .whitespacesAndNewlines)
                    return !(trimmed.hasSuffix("Z") || trimmed.hasSuffix("z"))
                }
            default: return false
            }
        }

        /// True when a stroked element has corners: paths, polylines, polygons and square rectangles.
        static func showsJoins(_ element: SVGTree.Element) -> Bool {
            switch element.name {
            case "path", "polyline", "polygon": return true
            case "rect":
                let rx = Double(element.attributes["rx"] ?? element.attributes["ry"] ?? "0") ?? 0
                return rx <= 0
            default: return false
            }
        }
    }
}
