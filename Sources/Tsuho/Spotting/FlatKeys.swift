/// Byte keys kept in one buffer, for building a ``ByteAutomaton`` without an array per key.
struct FlatKeys: Sendable {
    /// Every key's bytes, one after another.
    private(set) var bytes: [UInt8] = []
    /// Where each key starts in ``bytes``.
    private(set) var starts: [Int32] = []
    /// Each key's length in bytes.
    private(set) var lengths: [Int32] = []

    /// The number of keys.
    var count: Int { starts.count }

    /// Appends a key; its number is the count before the call.
    mutating func append(_ key: UnsafeBufferPointer<UInt8>) {
        starts.append(Int32(bytes.count))
        lengths.append(Int32(key.count))
        bytes.append(contentsOf: key)
    }

    /// Appends a key given as an array.
    mutating func append(_ key: [UInt8]) {
        key.withUnsafeBufferPointer { append($0) }
    }
}
