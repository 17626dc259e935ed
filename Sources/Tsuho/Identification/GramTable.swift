/// A read-only hash table from packed n-gram keys to rows: open addressing with linear probing over
/// one flat array, so a lookup is a multiply, a shift and usually one cache line, where a `Dictionary`
/// runs SipHash.
struct GramTable: Sendable {
    private let keys: [UInt64]
    private let rows: [Int32]
    private let shift: UInt64
    private let mask: Int

    /// An empty key: no n-gram packs to 0, since no scalar is 0.
    private static let empty: UInt64 = 0

    /// Builds the table.
    ///
    /// - Parameter entries: Each n-gram key (non-zero) with its row.
    init(_ entries: [UInt64: Int32]) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity <<= 1 }
        var keys = [UInt64](repeating: Self.empty, count: capacity)
        var rows = [Int32](repeating: -1, count: capacity)
        let bits = UInt64(capacity.trailingZeroBitCount)
        shift = 64 - bits
        mask = capacity - 1
        for (key, row) in entries where key != Self.empty {
            var slot = Int((key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while keys[slot] != Self.empty { slot = (slot + 1) & mask }
            keys[slot] = key
            rows[slot] = row
        }
        self.keys = keys
        self.rows = rows
    }

    /// The row of an n-gram, or nil when no profile has it.
    @inline(__always)
    func row(_ key: UInt64) -> Int32? {
        keys.withUnsafeBufferPointer { keys in
            var slot = Int((key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while true {
                let found = keys[slot]
                if found == key { return rows[slot] }
                if found == Self.empty { return nil }
                slot = (slot + 1) & mask
            }
        }
    }
}
