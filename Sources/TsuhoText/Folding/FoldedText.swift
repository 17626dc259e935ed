/// A text folded into a search key, with a map from every folded offset back to the original.
///
/// The original text is kept as it was given. Any range of ``folded`` maps back to a valid range of
/// ``original`` (on Unicode scalar boundaries) that covers the characters it came from:
///
/// ```swift
/// let folded = try TextFolder().fold("ｷｭｳｷｭｳｼｬ")
/// folded.folded                                      // "きゅうきゅうしゃ"
/// folded.originalUTF8Range(forFoldedUTF8: 0..<9)     // 0..<9, "ｷｭｳ"
/// ```
public struct FoldedText: Sendable, Hashable {
    /// The text as given, never changed.
    public let original: String
    /// The search key as UTF-8 bytes: what matchers read, without building a `String`.
    public let foldedUTF8: [UInt8]
    /// The folds that made ``folded``.
    public let options: FoldOptions
    /// Segments sorted by folded offset, covering the folded text without gaps.
    let segments: [FoldSegment]

    init(original: String, foldedUTF8: [UInt8], options: FoldOptions, segments: [FoldSegment]) {
        self.original = original
        self.foldedUTF8 = foldedUTF8
        self.options = options
        self.segments = segments
    }

    /// The search key as a string (decoded from ``foldedUTF8`` on each use).
    public var folded: String {
        String(decoding: foldedUTF8, as: UTF8.self)
    }

    /// Maps a range of UTF-8 offsets in ``folded`` to the UTF-8 offsets of the original text it came from.
    ///
    /// The result starts and ends on Unicode scalar boundaries of the original, widening outwards when
    /// the folded range starts or ends inside a changed span (ß folded to "ss": either "s" maps to the ß).
    /// An empty range maps to an empty range at the corresponding original offset.
    ///
    /// - Parameter range: UTF-8 offsets into ``folded``; clamped to the folded text.
    /// - Returns: UTF-8 offsets into ``original``.
    public func originalUTF8Range(forFoldedUTF8 range: Range<Int>) -> Range<Int> {
        let foldedCount = foldedUTF8.count
        let lower = min(max(range.lowerBound, 0), foldedCount)
        let upper = min(max(range.upperBound, lower), foldedCount)
        let start = originalOffset(forFolded: lower, roundingUp: false)
        guard upper > lower else {
            return start..<start
        }
        let end = originalOffset(forFolded: upper, roundingUp: true)
        return start..<max(end, start)
    }

    /// Maps a range of ``folded`` to the range of ``original`` it came from.
    ///
    /// - Parameter range: A range of indices of ``folded``.
    /// - Returns: A range of indices of ``original``, on Unicode scalar boundaries.
    public func originalRange(forFolded range: Range<String.Index>) -> Range<String.Index> {
        let key = folded
        let utf8 = key.utf8
        let lower = utf8.distance(from: utf8.startIndex, to: range.lowerBound)
        let upper = utf8.distance(from: utf8.startIndex, to: range.upperBound)
        let mapped = originalUTF8Range(forFoldedUTF8: lower..<upper)
        let originalUTF8 = original.utf8
        let start = originalUTF8.index(originalUTF8.startIndex, offsetBy: mapped.lowerBound)
        let end = originalUTF8.index(start, offsetBy: mapped.count)
        return start..<end
    }

    /// Each character of the folded text with the part of the original it came from, in order.
    public var alignment: [FoldAlignment] {
        var result: [FoldAlignment] = []
        var offset = 0
        for character in folded {  // decoded once for the whole loop
            let length = character.utf8.count
            let originalRange = originalUTF8Range(forFoldedUTF8: offset..<(offset + length))
            result.append(
                FoldAlignment(
                    folded: String(character), foldedUTF8: offset..<(offset + length),
                    original: Self.substring(of: original, utf8: originalRange), originalUTF8: originalRange))
            offset += length
        }
        return result
    }

    /// The original offset for a folded offset: the start of what it came from, or with `roundingUp` the
    /// end of what the byte before it came from.
    private func originalOffset(forFolded offset: Int, roundingUp: Bool) -> Int {
        let originalCount = original.utf8.count
        guard !segments.isEmpty else {
            return roundingUp ? originalCount : 0
        }
        let probe = roundingUp ? offset - 1 : offset
        guard probe >= 0 else { return 0 }
        guard let segment = segment(containing: probe) else {
            return originalCount
        }
        if segment.isLinear {
            let mapped = segment.originalStart + (roundingUp ? offset : probe) - segment.foldedStart
            return roundingUp ? scalarBoundary(atOrAfter: mapped) : scalarBoundary(atOrBefore: mapped)
        }
        return roundingUp ? segment.originalEnd : segment.originalStart
    }

    /// The last segment that starts at or before a folded offset, if the offset lies inside it.
    private func segment(containing offset: Int) -> FoldSegment? {
        var low = 0
        var high = segments.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if segments[middle].foldedStart <= offset {
                low = middle
            } else {
                high = middle - 1
            }
        }
        let candidate = segments[low]
        return candidate.foldedStart <= offset && offset < candidate.foldedEnd ? candidate : nil
    }

    private func scalarBoundary(atOrBefore offset: Int) -> Int {
        let utf8 = original.utf8
        var position = min(offset, utf8.count)
        while position > 0, position < utf8.count, Self.isContinuation(byte(at: position, of: utf8)) {
            position -= 1
        }
        return position
    }

    private func scalarBoundary(atOrAfter offset: Int) -> Int {
        let utf8 = original.utf8
        var position = max(offset, 0)
        while position < utf8.count, Self.isContinuation(byte(at: position, of: utf8)) {
            position += 1
        }
        return min(position, utf8.count)
    }

    private func byte(at offset: Int, of utf8: String.UTF8View) -> UInt8 {
        utf8[utf8.index(utf8.startIndex, offsetBy: offset)]
    }

    private static func isContinuation(_ byte: UInt8) -> Bool {
        byte & 0b1100_0000 == 0b1000_0000
    }

    static func substring(of text: String, utf8 range: Range<Int>) -> String {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        return String(text[start..<end])
    }
}
