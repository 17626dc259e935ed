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
        return cell.utf8.withContiguousStorageIfAvailable { bytes -> [String] in
            // A byte-level split: " | " is ASCII, so it never matches inside a multi-byte character.
            var forms: [String] = []
            var start = 0
            var index = 0
            while index + 2 < bytes.count {
                if bytes[index] == 0x20, bytes[index + 1] == 0x7C, bytes[index + 2] == 0x20 {
                    forms.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                    index += 3
                    start = index
                } else {
                    index += 1
                }
            }
            // A cell with one form is that form: no copy.
            forms.append(
                start == 0 ? cell : String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            return forms
        } ?? cell.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
    }
}
