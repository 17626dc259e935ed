/// A word or sentence of a text, with where it is.
public struct TextSegment: Sendable, Hashable {
    /// The segment's text, exactly as in the original.
    public let text: String
    /// The range of the segment in the segmented string.
    public let range: Range<String.Index>
    /// The segment's UTF-8 offsets in the segmented string.
    public let utf8Range: Range<Int>
    /// What the segment holds.
    public let kind: SegmentKind

    /// Creates a segment.
    ///
    /// - Parameters:
    ///   - text: The segment's text.
    ///   - range: Its range in the segmented string.
    ///   - utf8Range: Its UTF-8 offsets in the segmented string.
    ///   - kind: What it holds.
    public init(text: String, range: Range<String.Index>, utf8Range: Range<Int>, kind: SegmentKind) {
        self.text = text
        self.range = range
        self.utf8Range = utf8Range
        self.kind = kind
    }
}
