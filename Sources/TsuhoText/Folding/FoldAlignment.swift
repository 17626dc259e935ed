/// One character of a folded text and the part of the original text it came from.
public struct FoldAlignment: Sendable, Hashable, Codable {
    /// The folded character.
    public let folded: String
    /// Its UTF-8 offsets in the folded text.
    public let foldedUTF8: Range<Int>
    /// The original text it came from.
    public let original: String
    /// The UTF-8 offsets of that text in the original.
    public let originalUTF8: Range<Int>

    /// Creates an alignment entry.
    ///
    /// - Parameters:
    ///   - folded: The folded character.
    ///   - foldedUTF8: Its UTF-8 offsets in the folded text.
    ///   - original: The original text it came from.
    ///   - originalUTF8: The UTF-8 offsets of that text in the original.
    public init(folded: String, foldedUTF8: Range<Int>, original: String, originalUTF8: Range<Int>) {
        self.folded = folded
        self.foldedUTF8 = foldedUTF8
        self.original = original
        self.originalUTF8 = originalUTF8
    }
}
