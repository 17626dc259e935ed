/// The forms of one concept in one language, with their review status.
public struct TermEntry: Sendable, Hashable, Codable {
    /// The forms, most standard first; empty when the language has none yet.
    public let forms: [String]
    /// Whether a native speaker has checked them.
    public let status: ReviewStatus
    /// A note for translators and reviewers, or empty.
    public let note: String

    /// Creates an entry.
    ///
    /// - Parameters:
    ///   - forms: The forms, most standard first.
    ///   - status: The review status.
    ///   - note: A note, or empty.
    public init(forms: [String], status: ReviewStatus, note: String = "") {
        self.forms = forms
        self.status = status
        self.note = note
    }

    /// True when the language has at least one form.
    public var isFilled: Bool { !forms.isEmpty }

    /// The forms as a cell of a dictionary file: joined with ` | `.
    public var cellText: String { forms.joined(separator: TermEntry.separator) }

    /// The separator between synonyms in a cell.
    public static let separator = " | "

    /// Splits a cell into its forms; an empty cell has none.
    ///
    /// - Parameter cell: A cell such as `火事 | 火災`.
    /// - Returns: The forms, in order.
    public static func forms(inCell cell: String) -> [String] {
        guard !cell.isEmpty else { return [] }
        var copy = cell
        return copy.withUTF8 { bytes in
            var forms: [String] = []
            forEachForm(in: bytes) { _, form in
                // A cell with one form is that form: no copy.
                forms.append(form.count == bytes.count ? cell : String(decoding: form, as: UTF8.self))
            }
            return forms
        }
    }

    /// Calls `body` with each form of a cell's UTF-8 bytes and its position, splitting at " | " (ASCII, so
    /// it never matches inside a multi-byte character). An empty cell has no forms.
    static func forEachForm(
        in cell: UnsafeBufferPointer<UInt8>, _ body: (Int, UnsafeBufferPointer<UInt8>) throws -> Void
    ) rethrows {
        guard !cell.isEmpty else { return }
        var formIndex = 0
        var start = 0
        var index = 0
        while index + 2 < cell.count {
            if cell[index] == 0x20, cell[index + 1] == 0x7C, cell[index + 2] == 0x20 {
                try body(formIndex, UnsafeBufferPointer(rebasing: cell[start..<index]))
                formIndex += 1
                index += 3
                start = index
            } else {
                index += 1
            }
        }
        try body(formIndex, UnsafeBufferPointer(rebasing: cell[start...]))
    }
}
