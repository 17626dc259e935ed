import Foundation

/// Writes the whole dictionary as CSV, TBX-Basic or JSON, in the order of the data files, so the same
/// data always gives the same bytes.
public struct DictionaryExporter: Sendable {
    /// The dictionary to write.
    public let lexicon: Lexicon

    /// The CSV header.
    static let csvHeader = ["id", "language", "text", "reading", "status", "note"]

    /// Creates an exporter.
    ///
    /// - Parameter lexicon: The dictionary to write.
    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    /// The dictionary in a format.
    ///
    /// - Parameter format: CSV, TBX or JSON.
    /// - Returns: The text.
    /// - Throws: An encoding error for JSON only.
    public func export(_ format: ExchangeFormat) throws -> String {
        switch format {
        case .csv: csv()
        case .tbx: tbx()
        case .json: try json()
        }
    }

    /// One row per concept and language: `id,language,text,reading,status,note`.
    public func csv() -> String {
        var output = CSVCodec.line(Self.csvHeader)
        for (conceptPosition, concept) in lexicon.concepts.enumerated() {
            for (languagePosition, language) in lexicon.languages.enumerated() {
                let entry = lexicon.entry(languagePosition, conceptPosition) ?? TermEntry(forms: [], status: .draft)
                let isJapanese = language.code == .japanese
                output += CSVCodec.line([
                    concept.id, language.code.rawValue, entry.cellText,
                    isJapanese ? concept.readings.joined(separator: TermEntry.separator) : "", entry.status.rawValue,
                    isJapanese ? concept.notes : entry.note,
                ])
            }
        }
        return output
    }

    /// TBX-Basic (ISO 30042): a conceptEntry per concept with its domain as the subject field, a langSec
    /// per language and a termSec per form; the review status is a `reviewStatus` termNote, Japanese
    /// readings are `pronunciation` termNotes, and notes are `note` elements.
    public func tbx() -> String {
        var output = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tbx type="TBX-Basic" style="dca" xml:lang="ja" xmlns="urn:iso:std:iso:30042:ed-2">
              <tbxHeader>
                <fileDesc>
                  <sourceDesc>
                    <p>Tsuho multilingual emergency dictionary, data version \(XMLText.escape(lexicon.version))</p>
                  </sourceDesc>
                </fileDesc>
              </tbxHeader>
              <text>
                <body>

            """
        for (conceptPosition, concept) in lexicon.concepts.enumerated() {
            output += "      <conceptEntry id=\"\(XMLText.escape(concept.id))\">\n"
            output += "        <descrip type=\"subjectField\">\(XMLText.escape(concept.domain))</descrip>\n"
            if concept.kind != .term {
                output += "        <admin type=\"conceptKind\">\(concept.kind.rawValue)</admin>\n"
            }
            if let pictogram = concept.pictogram {
                output += "        <xref type=\"pictogram\">\(XMLText.escape(pictogram))</xref>\n"
            }
            for (languagePosition, language) in lexicon.languages.enumerated() {
                guard let entry = lexicon.entry(languagePosition, conceptPosition), entry.isFilled else { continue }
                let isJapanese = language.code == .japanese
                output += "        <langSec xml:lang=\"\(XMLText.escape(language.code.rawValue))\">\n"
                let note = isJapanese ? concept.notes : entry.note
                if !note.isEmpty {
                    output += "          <note>\(XMLText.escape(note))</note>\n"
                }
                for (formIndex, form) in entry.forms.enumerated() {
                    output += "          <termSec>\n"
                    output += "            <term>\(XMLText.escape(form))</term>\n"
                    let preference = formIndex == 0 ? "preferredTerm-admn-sts" : "admittedTerm-admn-sts"
                    output += "            <termNote type=\"administrativeStatus\">\(preference)</termNote>\n"
                    output += "            <termNote type=\"reviewStatus\">\(entry.status.rawValue)</termNote>\n"
                    if isJapanese, formIndex < concept.readings.count {
                        output +=
                            "            <termNote type=\"pronunciation\">\(XMLText.escape(concept.readings[formIndex]))</termNote>\n"
                    }
                    output += "          </termSec>\n"
                }
                output += "        </langSec>\n"
            }
            output += "      </conceptEntry>\n"
        }
        output += "    </body>\n  </text>\n</tbx>\n"
        return output
    }

    /// Everything: version, languages, and every concept with its cells.
    public func json() throws -> String {
        struct Document: Encodable {
            let version: String
            let languages: [Language]
            let concepts: [ConceptRecord]
        }
        struct ConceptRecord: Encodable {
            let concept: Concept
            let terms: [String: TermEntry]
        }
        let records = lexicon.concepts.enumerated().map { position, concept in
            var terms: [String: TermEntry] = [:]
            for (languagePosition, language) in lexicon.languages.enumerated() {
                if let entry = lexicon.entry(languagePosition, position) {
                    terms[language.code.rawValue] = entry
                }
            }
            return ConceptRecord(concept: concept, terms: terms)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(
            Document(version: lexicon.version, languages: lexicon.languages, concepts: records))
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
