#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A search key compared byte for byte.
///
/// Swift's `String` hashes and compares by canonical equivalence, which normalizes non-ASCII text on
/// every hash; index keys are already folded (or, for exact matches, taken as they are), so comparing
/// their UTF-8 bytes is both correct and much faster. The key shares the string's storage.
struct SearchKey: Hashable, Sendable {
    let text: String

    init(_ text: String) {
        var native = text
        native.makeContiguousUTF8()
        self.text = native
    }

    func hash(into hasher: inout Hasher) {
        if let done = text.utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) })
        {
            return done
        }
        for byte in text.utf8 {
            hasher.combine(byte)
        }
    }

    static func == (lhs: SearchKey, rhs: SearchKey) -> Bool {
        let equal = lhs.text.utf8.withContiguousStorageIfAvailable { left in
            rhs.text.utf8.withContiguousStorageIfAvailable { right in
                guard left.count == right.count else { return false }
                guard let leftBase = left.baseAddress, let rightBase = right.baseAddress else { return true }
                return memcmp(leftBase, rightBase, left.count) == 0
            }
        }
        return (equal ?? nil) ?? lhs.text.utf8.elementsEqual(rhs.text.utf8)
    }
}
