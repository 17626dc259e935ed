import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads CSV or TBX-Basic written by ``DictionaryExporter`` (or edited in a spreadsheet or a terminology
/// tool) and applies it to a data folder with ``DictionaryEditor``.
///
/// Every id and language is checked before anything is written. A row that would change a `reviewed`
/// cell is never applied silently: it is reported as a conflict.
public struct DictionaryImporter: Sendable {
    /// The data folder to change.
    public let location: DataLocation

    /// Creates an importer.
    ///
    /// - Parameter location: The data folder to change.
    public init(location: DataLocation) {
        self.location = location
    }

    /// Imports a file's text.
    ///
    /// - Parameters:
    ///   - text: The CSV or TBX text.
    ///   - format: ``ExchangeFormat/csv`` or ``ExchangeFormat/tbx``.
    ///   - file: The file's name, for messages.
    ///   - overwriteReviewed: Apply changes to reviewed cells instead of reporting conflicts.
    /// - Returns: What changed and the conflicts.
    /// - Throws: ``LexiconError`` for malformed input, unknown ids or languages; ``DataError`` for I/O.
    public func importText(
        _ text: String, format: ExchangeFormat, file: String, overwriteReviewed: Bool = false
    ) throws -> EditReport {
        let changes: [CellChange]
        switch format {
        case .csv: changes = try Self.changes(fromCSV: text, file: file)
        case .tbx: changes = try Self.changes(fromTBX: text, file: file)
        case .json:
            throw LexiconError.conflict("JSON is an export format; import CSV or TBX.")
        }
        return try DictionaryEditor(location: location).apply(changes, overwriteReviewed: overwriteReviewed)
    }

    static func changes(fromCSV text: String, file: String) throws -> [CellChange] {
        let records = try CSVCodec.records(text, file: file)
        guard let header = records.first, header.fields == DictionaryExporter.csvHeader else {
            throw LexiconError.conflict(
                "\(file):1: expected the header \(DictionaryExporter.csvHeader.joined(separator: ",")).")
        }
        return try records.dropFirst().map { record in
            guard record.fields.count == DictionaryExporter.csvHeader.count else {
                throw LexiconError.conflict(
                    "\(file):\(record.line): expected \(DictionaryExporter.csvHeader.count) fields, found \(record.fields.count)."
                )
            }
            let fields = record.fields
            guard let status = ReviewStatus(rawValue: fields[4]) else {
                throw LexiconError.conflict(
                    "\(file):\(record.line): status must be draft or reviewed, found \"\(fields[4])\".")
            }
            let language = LanguageCode(fields[1])
            return CellChange(
                conceptID: fields[0], language: language, forms: TermEntry.forms(inCell: fields[2]),
                readings: language == .japanese ? TermEntry.forms(inCell: fields[3]) : nil, status: status,
                note: fields[5])
        }
    }

    static func changes(fromTBX text: String, file: String) throws -> [CellChange] {
        let reader = TBXReader()
        // A stream is parsed in chunks; one 14 MB buffer would exceed libxml2's default size limit.
        let parser = XMLParser(stream: InputStream(data: Data(text.utf8)))
        parser.delegate = reader
        guard parser.parse(), reader.failure == nil else {
            let reason = reader.failure ?? parser.parserError.map { "\($0)" } ?? "unknown XML error"
            throw LexiconError.conflict("\(file):\(parser.lineNumber):\(parser.columnNumber): \(reason)")
        }
        return reader.changes
    }
}

/// Collects cells from TBX-Basic as exported by Tsuho.
private final class TBXReader: NSObject, XMLParserDelegate, @unchecked Sendable {
    // Used by one XMLParser on one thread, then read once.
    var changes: [CellChange] = []
    var failure: String?
    private var conceptID: String?
    private var language: String?
    private var forms: [String] = []
    private var readings: [String] = []
    private var status: ReviewStatus = .draft
    private var note = ""
    private var text = ""
    private var termNoteType: String?

    func parser(
        _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        text = ""
        switch element {
        case "conceptEntry":
            conceptID = attributes["id"]
            if conceptID == nil { failure = "a conceptEntry has no id." }
        case "langSec":
            language = attributes["xml:lang"]
            forms = []
            readings = []
            status = .draft
            note = ""
            if language == nil { failure = "a langSec has no xml:lang." }
        case "termNote":
            termNoteType = attributes["type"]
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        switch element {
        case "term":
            forms.append(text)
        case "note" where language != nil:
            note = text
        case "termNote":
            if termNoteType == "reviewStatus" {
                guard let value = ReviewStatus(rawValue: text) else {
                    failure = "reviewStatus must be draft or reviewed, found \"\(text)\"."
                    parser.abortParsing()
                    return
                }
                status = value
            } else if termNoteType == "pronunciation" {
                readings.append(text)
            }
            termNoteType = nil
        case "langSec":
            if let conceptID, let language {
                let code = LanguageCode(language)
                changes.append(
                    CellChange(
                        conceptID: conceptID, language: code, forms: forms,
                        readings: code == .japanese ? readings : nil, status: status, note: note))
            }
            language = nil
        case "conceptEntry":
            conceptID = nil
        default:
            break
        }
        text = ""
    }
}
