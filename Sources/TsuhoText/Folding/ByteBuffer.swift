/// A growable byte buffer for the folding loop: appends are a capacity check and a copy, without the
/// uniqueness checks of `Array`. The owner calls ``deallocate()`` exactly once.
struct ByteBuffer {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    @inline(__always)
    subscript(position: Int) -> UInt8 {
        base[position]
    }

    /// The bytes written so far, for in-place changes of the same length.
    var mutableBytes: UnsafeMutableBufferPointer<UInt8> {
        UnsafeMutableBufferPointer(start: base, count: count)
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity {
            grow(toHold: count + 1)
        }
        base[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        if count + bytes.count > capacity {
            grow(toHold: count + bytes.count)
        }
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// A copy of the bytes as an array.
    func array() -> [UInt8] {
        Array(UnsafeBufferPointer(start: base, count: count))
    }

    func deallocate() {
        base.deallocate()
    }

    private mutating func grow(toHold needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}
