import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A pictogram file read into a tree of elements with Foundation's `XMLParser`, keeping where each
/// element starts, so the drawing rules can name a line.
///
/// Only what a pictogram may hold is kept: elements, their attributes, character data, and the
/// comments, processing instructions and CDATA sections that the rules refuse.
struct SVGTree: Sendable {
    /// One element: its name as written (`svg`, `path`), attributes and children.
    struct Element: Sendable, Hashable {
        var name: String
        var attributes: [String: String]
        var children: [Node]
        /// The line where the element's start tag ends (what the parser reports), from 1.
        var line: Int
        /// The column where the element's start tag ends, from 1.
        var column: Int

        /// The child elements, without character data.
        var elements: [Element] {
            children.compactMap { node in
                if case .element(let element) = node { return element }
                return nil
            }
        }

        /// The character data directly inside the element, joined.
        var text: String {
            children.map { node in
                if case .text(let text) = node { return text }
                return ""
            }.joined()
        }
    }

    /// A child of an element.
    enum Node: Sendable, Hashable {
        case element(Element)
        case text(String)
    }

    /// Something in the file that is not an element or character data, at a line.
    struct Extra: Sendable, Hashable {
        let kind: String
        let line: Int
        let column: Int
    }

    /// The root element, or `nil` when the file is not well-formed.
    let root: Element?
    /// Comments, processing instructions and CDATA sections, where they are.
    let extras: [Extra]
    /// The first well-formedness error, with its line and column.
    let error: (line: Int, column: Int, message: String)?

    /// Parses a file.
    ///
    /// - Parameter data: The file's bytes.
    init(data: Data) {
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        let builder = Builder()
        parser.delegate = builder
        let finished = parser.parse()
        if let failure = builder.failure {
            error = failure
        } else if !finished || builder.root == nil {
            error = (parser.lineNumber, parser.columnNumber, "the file is not well-formed XML.")
        } else {
            error = nil
        }
        root = error == nil ? builder.root : nil
        extras = builder.extras
    }

    /// Collects parser events into elements.
    private final class Builder: NSObject, XMLParserDelegate {
        var stack: [Element] = []
        var root: Element?
        var extras: [Extra] = []
        var failure: (line: Int, column: Int, message: String)?

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
        ) {
            stack.append(
                Element(
                    name: elementName, attributes: attributeDict, children: [], line: parser.lineNumber,
                    column: parser.columnNumber))
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
        ) {
            guard let element = stack.popLast() else { return }
            if stack.isEmpty {
                root = element
            } else {
                stack[stack.count - 1].children.append(.element(element))
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard !stack.isEmpty else { return }
            if case .text(let previous) = stack[stack.count - 1].children.last {
                stack[stack.count - 1].children[stack[stack.count - 1].children.count - 1] = .text(previous + string)
            } else {
                stack[stack.count - 1].children.append(.text(string))
            }
        }

        func parser(_ parser: XMLParser, foundComment comment: String) {
            extras.append(Extra(kind: "comment", line: parser.lineNumber, column: parser.columnNumber))
        }

        func parser(_ parser: XMLParser, foundProcessingInstructionWithTarget target: String, data: String?) {
            extras.append(
                Extra(
                    kind: "processing instruction <?\(target)?>", line: parser.lineNumber, column: parser.columnNumber))
        }

        func parser(_ parser: XMLParser, foundCDATA block: Data) {
            extras.append(Extra(kind: "CDATA section", line: parser.lineNumber, column: parser.columnNumber))
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
            guard failure == nil else { return }
            let code = (parseError as NSError).code
            failure = (parser.lineNumber, parser.columnNumber, "the file is not well-formed XML: \(Self.reason(code)).")
        }

        /// A few of libxml2's error codes, in words.
        static func reason(_ code: Int) -> String {
            switch code {
            case 4: "the document is empty"
            case 5: "the document ends too early"
            case 9: "an invalid character"
            case 23: "a reference to an unknown entity"
            case 38, 39, 40, 41: "a malformed attribute"
            case 64: "a malformed XML declaration"
            case 73: "a '>' is missing"
            case 76: "a start tag and an end tag do not match"
            default: "parser error \(code)"
            }
        }
    }
}
