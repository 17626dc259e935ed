/// Every cell of the dictionary: Japanese from the concepts, the other languages from their columns.
struct EntryTable: Sendable {
    let concepts: [Concept]
    /// Per language position; `nil` for Japanese, whose forms are in ``concepts``.
    let columns: [LanguageColumn?]

    /// The cell of a concept in a language, or `nil` when the language file has no row for it.
    func entry(_ language: Int, _ concept: Int) -> TermEntry? {
        guard let column = columns[language] else { return concepts[concept].japanese }
        return column.entry(concept)
    }

    /// Calls `body` with every form of a language as UTF-8, with its concept and position in the cell.
    func forEachForm(
        _ language: Int, _ body: (_ concept: Int, _ form: Int, _ bytes: UnsafeBufferPointer<UInt8>) throws -> Void
    ) rethrows {
        try Self.forEachForm(column: columns[language], concepts: concepts, body)
    }

    /// Calls `body` with every form of a column, or of the Japanese forms of the concepts when there is
    /// no column.
    static func forEachForm(
        column: LanguageColumn?, concepts: [Concept],
        _ body: (_ concept: Int, _ form: Int, _ bytes: UnsafeBufferPointer<UInt8>) throws -> Void
    ) rethrows {
        if let column {
            try column.forEachForm(body)
            return
        }
        for (conceptIndex, concept) in concepts.enumerated() {
            for (formIndex, form) in concept.japanese.forms.enumerated() {
                var copy = form
                try copy.withUTF8 { try body(conceptIndex, formIndex, $0) }
            }
        }
    }

    /// Every form of a language as strings, with their postings.
    func forms(of language: Int) -> ([String], [Posting]) {
        var forms: [String] = []
        var postings: [Posting] = []
        forEachForm(language) { concept, form, bytes in
            forms.append(String(decoding: bytes, as: UTF8.self))
            postings.append(Posting(concept: Int32(concept), language: Int32(language), form: Int32(form)))
        }
        return (forms, postings)
    }
}
