/// The keys that typo-tolerant lookup compares against, as Unicode scalars in one pool, grouped by
/// length so a query only meets keys within its allowed number of edits.
struct TypoCandidates: Sendable {
    private var scalars: [UInt32] = []
    private var starts: [Int32] = []
    private var lengths: [Int32] = []
    private var postings: [Posting] = []
    /// Entry numbers by key length (index 0 to 64).
    private var byLength = [[Int32]](repeating: [], count: 65)

    /// Adds a key of 3 to 64 scalars; others are ignored.
    mutating func add(_ key: some Collection<UInt8>, _ posting: Posting) {
        let start = scalars.count
        if key.allSatisfy({ $0 < 0x80 }) {
            scalars.append(contentsOf: key.lazy.map { UInt32($0) })
        } else {
            var iterator = key.makeIterator()
            var decoder = UTF8()
            decoding: while true {
                switch decoder.decode(&iterator) {
                case .scalarValue(let scalar): scalars.append(scalar.value)
                case .emptyInput, .error: break decoding
                }
            }
        }
        let length = scalars.count - start
        guard length >= 3, length <= 64 else {
            scalars.removeLast(length)
            return
        }
        byLength[length].append(Int32(postings.count))
        starts.append(Int32(start))
        lengths.append(Int32(length))
        postings.append(posting)
    }

    /// Calls `body` with every key of a length and its posting.
    func forEach(length: Int, _ body: (UnsafeBufferPointer<UInt32>, Posting) -> Void) {
        guard length >= 0, length < byLength.count else { return }
        scalars.withUnsafeBufferPointer { pool in
            for entry in byLength[length] {
                let start = Int(starts[Int(entry)])
                body(
                    UnsafeBufferPointer(rebasing: pool[start..<(start + Int(lengths[Int(entry)]))]),
                    postings[Int(entry)])
            }
        }
    }
}
