#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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

        mutating func add(_ key: UnsafeBufferPointer<UInt8>, _ posting: Posting) {
            starts.append(Int32(pool.count))
            lengths.append(Int32(key.count))
            pool.append(contentsOf: key)
            postings.append(posting)
        }

        mutating func add(_ key: String.UTF8View, _ posting: Posting) {
            var text = String(key)
            text.withUTF8 { add($0, posting) }
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

    /// The first posting added under a key, without allocating: for tables with unique keys.
    func firstPosting(for key: UnsafeBufferPointer<UInt8>) -> Posting? {
        let hash = Self.hash(key)
        let mask = slots.count - 1
        var slot = Int(hash & UInt64(mask))
        var best: Int?
        pool.withUnsafeBufferPointer { bytes in
            while slots[slot] >= 0 {
                let entry = Int(slots[slot])
                if hashes[entry] == hash, Int(lengths[entry]) == key.count, entry < (best ?? Int.max),
                    Self.same(bytes, from: Int(starts[entry]), as: key)
                {
                    best = entry
                }
                slot = (slot + 1) & mask
            }
        }
        return best.map { postings[$0] }
    }

    /// The first posting added under a string key.
    func firstPosting(for key: String) -> Posting? {
        var copy = key
        return copy.withUTF8 { firstPosting(for: $0) }
    }

    /// True when the pool's bytes from `start` equal `key` (the lengths are already known equal).
    @inline(__always)
    private static func same(_ pool: UnsafeBufferPointer<UInt8>, from start: Int, as key: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        guard let poolBase = pool.baseAddress, let keyBase = key.baseAddress else { return key.isEmpty }
        return memcmp(poolBase + start, keyBase, key.count) == 0
    }

    /// Every posting whose key equals a string's UTF-8 bytes.
    func postings(for key: String) -> [Posting] {
        postings(for: key.utf8)
    }

    /// A hash of the bytes eight at a time (multiply and rotate, then a final mix), fast for short keys.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var index = 0
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            while index + 8 <= bytes.count {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
                hash = (hash << 29) | (hash >> 35)
                index += 8
            }
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < bytes.count {
            tail |= UInt64(bytes[index]) << shift
            shift += 8
            index += 1
        }
        hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        hash ^= hash >> 33
        hash &*= 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        return hash
    }

    private static func hash(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { hash($0) }
    }
}
