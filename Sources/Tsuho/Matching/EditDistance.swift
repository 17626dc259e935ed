/// Levenshtein distance with Myers' bit-vector algorithm (Hyyrö's formulation): one pass over the
/// candidate with a few word operations per character, for patterns of up to 64 Unicode scalars.
struct EditDistance {
    private let count: Int
    /// Match masks of ASCII scalars, by value.
    private var asciiMasks = [UInt64](repeating: 0, count: 128)
    /// Match masks of the pattern's other scalars.
    private var otherMasks: [(scalar: UInt32, mask: UInt64)] = []

    /// Prepares a pattern of at most 64 scalars.
    init?(pattern: [UInt32]) {
        guard !pattern.isEmpty, pattern.count <= 64 else { return nil }
        count = pattern.count
        for (index, scalar) in pattern.enumerated() {
            let bit: UInt64 = 1 << UInt64(index)
            if scalar < 128 {
                asciiMasks[Int(scalar)] |= bit
            } else if let existing = otherMasks.firstIndex(where: { $0.scalar == scalar }) {
                otherMasks[existing].mask |= bit
            } else {
                otherMasks.append((scalar, bit))
            }
        }
    }

    @inline(__always)
    private func mask(of scalar: UInt32) -> UInt64 {
        if scalar < 128 {
            return asciiMasks[Int(scalar)]
        }
        for entry in otherMasks where entry.scalar == scalar {
            return entry.mask
        }
        return 0
    }

    /// The edit distance between the pattern and a text.
    func distance(to text: UnsafeBufferPointer<UInt32>) -> Int {
        let high: UInt64 = 1 << UInt64(count - 1)
        var positive: UInt64 = count == 64 ? ~0 : (1 << UInt64(count)) - 1
        var negative: UInt64 = 0
        var score = count
        for scalar in text {
            let equal = mask(of: scalar)
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
