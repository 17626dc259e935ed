/// One piece of a fold's offset map: a span of the folded text and the span of the original it came
/// from, in UTF-8 offsets.
///
/// A *linear* segment maps offset to offset (its two spans have the same length and the same scalar
/// boundaries: copied text, or one-to-one changes such as キ to き). Any other segment maps its whole
/// folded span to its whole original span.
struct FoldSegment: Sendable, Hashable {
    var foldedStart: Int
    var foldedLength: Int
    var originalStart: Int
    var originalLength: Int
    var isLinear: Bool

    var foldedEnd: Int { foldedStart + foldedLength }
    var originalEnd: Int { originalStart + originalLength }
}
