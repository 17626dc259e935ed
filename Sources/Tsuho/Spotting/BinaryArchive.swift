/// Plain arrays written one after another as raw bytes, and read back with every length checked: the
/// format of the spotter's cache file. Meant for a cache on the same machine, not for exchange; a
/// header in the file says which layout wrote it.
struct BinaryArchive {
    /// The archive so far.
    private(set) var bytes: [UInt8] = []

    /// Appends a number.
    mutating func append(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Appends an array of plain values: its count, then its bytes.
    mutating func append<Element: BitwiseCopyable>(_ array: [Element]) {
        append(UInt64(array.count))
        array.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }
}

/// Reads a ``BinaryArchive``; every read returns nil rather than reading past the end.
struct BinaryArchiveReader {
    private let bytes: UnsafeRawBufferPointer
    private var offset = 0

    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    /// True when everything has been read.
    var isAtEnd: Bool { offset == bytes.count }

    /// Reads a number.
    mutating func number() -> UInt64? {
        guard bytes.count - offset >= 8 else { return nil }
        let value = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        offset += 8
        return UInt64(littleEndian: value)
    }

    /// Reads an array of plain values.
    mutating func array<Element: BitwiseCopyable>(of type: Element.Type) -> [Element]? {
        guard let count = number(), count <= UInt64(Int.max / MemoryLayout<Element>.stride) else { return nil }
        let length = Int(count) * MemoryLayout<Element>.stride
        guard bytes.count - offset >= length else { return nil }
        let source = UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + length)])
        offset += length
        return [Element](unsafeUninitializedCapacity: Int(count)) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: source)
            initialized = Int(count)
        }
    }
}
