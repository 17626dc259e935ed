/// A search key compared byte for byte.
///
/// Swift's `String` hashes and compares by canonical equivalence, which normalizes non-ASCII text on
/// every hash; index keys are already folded (or, for exact matches, taken as they are), so comparing
/// their UTF-8 bytes is both correct and much faster.
struct SearchKey: Hashable, Sendable {
    let bytes: [UInt8]

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    init(bytes: some Sequence<UInt8>) {
        self.bytes = Array(bytes)
    }

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }

    static func == (lhs: SearchKey, rhs: SearchKey) -> Bool {
        lhs.bytes == rhs.bytes
    }
}
