/// A hash table from byte-string keys to postings, stored flat: every key's bytes in one pool, the
/// entries in parallel arrays, and an open-addressing slot array. Building it allocates a handful of
/// arrays instead of one string and one array per key, and keys compare as bytes (Swift's `String`
/// would normalize non-ASCII keys on every hash).
struct FlatIndex: Sendable {
    /// Keys and postings gathered before an index is built.
    struct KeyCollector {
        var pool: [UInt8] = []
        var starts: [Int32] = []
        var lengths: [Int32] = []
        var postings: [Posting] = []

        init(expectedKeys: Int = 0, expectedBytes: Int = 0) {
            pool.reserveCapacity(expectedBytes)
            starts.reserveCapacity(expectedKeys)
            lengths.reserveCapacity(expectedKeys)
            postings.reserveCapacity(expectedKeys)
        }

        mutating func add(_ key: some Collection<UInt8>, _ posting: Posting) {
            starts.append(Int32(pool.count))
            lengths.append(Int32(key.count))
            pool.append(contentsOf: key)
            postings.append(posting)
        }
    }

    private var pool: [UInt8] = []
    private var starts: [Int32] = []
    private var lengths: [Int32] = []
    private var hashes: [UInt64] = []
    private var postings: [Posting] = []
    private var slots: [Int32] = []

    /// Creates an index from collected keys; equal keys keep every posting.
    ///
    /// - Parameter keys: The keys' bytes and postings.
    init(_ keys: KeyCollector) {
        pool = keys.pool
        starts = keys.starts
        lengths = keys.lengths
        postings = keys.postings
        hashes.reserveCapacity(postings.count)
        pool.withUnsafeBufferPointer { bytes in
            for entry in 0..<postings.count {
                let start = Int(starts[entry])
                hashes.append(Self.hash(UnsafeBufferPointer(rebasing: bytes[start..<(start + Int(lengths[entry]))])))
            }
        }
        var capacity = 16
        while capacity < postings.count * 2 {
            capacity <<= 1
        }
        slots = [Int32](repeating: -1, count: capacity)
        let mask = capacity - 1
        for entry in 0..<hashes.count {
            var slot = Int(hashes[entry] & UInt64(mask))
            while slots[slot] >= 0 {
                slot = (slot + 1) & mask
            }
            slots[slot] = Int32(entry)
        }
    }

    /// An empty index.
    init() {
        slots = [Int32](repeating: -1, count: 16)
    }

    /// Every posting whose key equals the given bytes, in the order they were added.
    func postings(for key: some Collection<UInt8>) -> [Posting] {
        let bytes = Array(key)
        let hash = Self.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(hash & UInt64(mask))
        var found: [Posting] = []
        while slots[slot] >= 0 {
            let entry = Int(slots[slot])
            if hashes[entry] == hash, Int(lengths[entry]) == bytes.count {
                let start = Int(starts[entry])
                if pool[start..<(start + bytes.count)].elementsEqual(bytes) {
                    found.append(postings[entry])
                }
            }
            slot = (slot + 1) & mask
        }
        return found.sorted { ($0.language, $0.concept, $0.form) < ($1.language, $1.concept, $1.form) }
    }

    /// Every posting whose key equals a string's UTF-8 bytes.
    func postings(for key: String) -> [Posting] {
        postings(for: key.utf8)
    }

    /// FNV-1a over the bytes, then a final mix so that the low bits spread.
    private static func hash(_ bytes: some Collection<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        hash ^= hash >> 33
        hash &*= 0xff51_afd7_ed55_8ccd
        hash ^= hash >> 33
        return hash
    }
}
