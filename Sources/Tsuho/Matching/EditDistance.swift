/// Levenshtein distance with Myers' bit-vector algorithm (Hyyrö's formulation): one pass over the
/// candidate with a few word operations per character, for patterns of up to 64 Unicode scalars.
struct EditDistance {
    private let pattern: [UInt32]
    private var masks: [UInt32: UInt64] = [:]

    /// Prepares a pattern of at most 64 scalars.
    init?(pattern: [UInt32]) {
        guard !pattern.isEmpty, pattern.count <= 64 else { return nil }
        self.pattern = pattern
        for (index, scalar) in pattern.enumerated() {
            masks[scalar, default: 0] |= 1 << UInt64(index)
        }
    }

    /// The edit distance between the pattern and a text.
    func distance(to text: UnsafeBufferPointer<UInt32>) -> Int {
        let count = pattern.count
        let high: UInt64 = 1 << UInt64(count - 1)
        var positive: UInt64 = count == 64 ? ~0 : (1 << UInt64(count)) - 1
        var negative: UInt64 = 0
        var score = count
        for scalar in text {
            let equal = masks[scalar] ?? 0
            let xVertical = equal | negative
            let xHorizontal = (((equal & positive) &+ positive) ^ positive) | equal
            var horizontalPositive = negative | ~(xHorizontal | positive)
            var horizontalNegative = positive & xHorizontal
            if horizontalPositive & high != 0 {
                score += 1
            } else if horizontalNegative & high != 0 {
                score -= 1
            }
            horizontalPositive = (horizontalPositive << 1) | 1
            horizontalNegative <<= 1
            positive = horizontalNegative | ~(xVertical | horizontalPositive)
            negative = horizontalPositive & xVertical
        }
        return score
    }
}
