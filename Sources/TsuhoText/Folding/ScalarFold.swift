internal import Synchronization

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// The folds that work one Unicode scalar at a time after ICU's normalization and may change its
/// length: diacritic removal and Traditional to Simplified Chinese. (Katakana to hiragana keeps every
/// length and is done in place over the finished output; see ``kanaToHiraganaInPlace(_:)``.)
struct ScalarFold: Sendable {
    let diacritics: Bool
    let simplified: Bool
    private let diacriticTable: [UInt32: UInt32]

    @inline(__always)
    private func diacriticBase(_ scalar: UInt32) -> UInt32? {
        diacriticTable[scalar]
    }

    init(options: FoldOptions) throws {
        diacritics = options.contains(.diacritics)
        simplified = options.contains(.simplifiedChinese)
        diacriticTable = diacritics ? try Self.latinBaseLetters.get() : [:]
    }

    /// True when no scalar fold is on.
    var isIdentity: Bool { !diacritics && !simplified }

    /// Tells whether a scalar (never ASCII) changes under these folds.
    func changes(_ scalar: UInt32) -> Bool {
        if diacritics, Self.isCombiningDiacritic(scalar) || diacriticBase(scalar) != nil { return true }
        if simplified, Self.isHan(scalar) { return true }
        return false
    }

    /// Appends the folded form of a scalar that ``changes(_:)`` said changes.
    func fold(_ scalar: UInt32, into output: inout ByteBuffer) throws {
        if diacritics {
            if Self.isCombiningDiacritic(scalar) {
                return
            }
            if let base = diacriticBase(scalar) {
                Self.appendUTF8(base, to: &output)
                return
            }
        }
        if simplified, Self.isHan(scalar) {
            output.append(try Self.simplifiedForm(of: scalar))
            return
        }
        Self.appendUTF8(scalar, to: &output)
    }

    /// Folds ASCII capitals to lower case and katakana (ァ–ヶ, ヽ, ヾ) to hiragana in valid UTF-8, in
    /// place: both keep every length (a katakana is three bytes, as its hiragana is), so offsets do not
    /// move.
    static func foldInPlace(_ bytes: UnsafeMutableBufferPointer<UInt8>, lowercaseASCII: Bool, kana: Bool) {
        if lowercaseASCII {
            // Branch-free, so the compiler vectorizes it.
            for index in bytes.indices {
                let byte = bytes[index]
                bytes[index] = byte | (byte &- 0x41 < 26 ? 0x20 : 0)
            }
        }
        guard kana, let base = bytes.baseAddress else { return }
        // Every katakana that has a hiragana starts with the byte E3, which is never a continuation
        // byte: memchr jumps to the next one, and runs of kana are followed byte by byte.
        let end = bytes.count - 2
        var index = 0
        while index < end {
            if bytes[index] != 0xE3 {
                guard let found = memchr(base + index, 0xE3, end - index) else { return }
                index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
            let scalar = 0x3000 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            if isFoldableKatakana(scalar) {
                let hiragana = scalar - 0x60
                bytes[index + 1] = UInt8(0x80 | ((hiragana >> 6) & 0x3F))
                bytes[index + 2] = UInt8(0x80 | (hiragana & 0x3F))
            }
            index += 3
        }
    }

    // MARK: Character classes

    /// ァ–ヶ and the katakana iteration marks ヽヾ, which have hiragana counterparts 0x60 below.
    static func isFoldableKatakana(_ scalar: UInt32) -> Bool {
        (0x30A1...0x30F6).contains(scalar) || scalar == 0x30FD || scalar == 0x30FE
    }

    /// Combining marks that are accents on Latin letters. Japanese voicing marks (U+3099, U+309A),
    /// Thai, Devanagari and other scripts' signs are outside these blocks.
    static func isCombiningDiacritic(_ scalar: UInt32) -> Bool {
        (0x0300...0x036F).contains(scalar) || (0x1AB0...0x1AFF).contains(scalar) || (0x1DC0...0x1DFF).contains(scalar)
    }

    static func isHan(_ scalar: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(scalar) || (0x3400...0x4DBF).contains(scalar) || (0xF900...0xFAFF).contains(scalar)
            || (0x20000...0x323AF).contains(scalar)
    }

    // MARK: Tables

    /// Latin letters with diacritics mapped to their base letter, built once from ICU's canonical
    /// decompositions, plus the letters whose stroke is not a decomposable mark (đ, ø, ł, ħ, ŧ).
    private static let latinBaseLetters: Result<[UInt32: UInt32], TextError> = Result {
        var table: [UInt32: UInt32] = [
            0x0110: 0x44, 0x0111: 0x64, 0x00D8: 0x4F, 0x00F8: 0x6F, 0x0141: 0x4C, 0x0142: 0x6C,
            0x0126: 0x48, 0x0127: 0x68, 0x0166: 0x54, 0x0167: 0x74,
        ]
        let ranges: [ClosedRange<UInt32>] = [0x00C0...0x024F, 0x1E00...0x1EFF]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value), table[value] == nil else { continue }
                let decomposed = try Normalizer.normalize(String(Character(scalar)), to: .nfd)
                let kept = decomposed.unicodeScalars.filter { !isCombiningDiacritic($0.value) }
                if kept.count == 1, let base = kept.first, base.value != value {
                    table[value] = base.value
                }
            }
        }
        return table
    }.mapError { error in
        error as? TextError ?? TextError.icuFailure(operation: "diacritic table", name: "\(error)")
    }

    /// Traditional to Simplified forms of single Han characters, filled as characters are met.
    private static let simplifiedCache = Mutex<[UInt32: [UInt8]]>([:])

    private static func simplifiedForm(of scalar: UInt32) throws -> [UInt8] {
        if let known = simplifiedCache.withLock({ $0[scalar] }) {
            return known
        }
        guard let unicodeScalar = Unicode.Scalar(scalar) else { return [] }
        let converted = try Transliterator.cached(id: "Traditional-Simplified")
            .transliterate(String(Character(unicodeScalar)))
        let bytes = Array(converted.utf8)
        simplifiedCache.withLock { $0[scalar] = bytes }
        return bytes
    }

    // MARK: UTF-8

    static func appendUTF8(_ scalar: UInt32, to output: inout ByteBuffer) {
        switch scalar {
        case ..<0x80:
            output.append(UInt8(scalar))
        case ..<0x800:
            output.append(UInt8(0xC0 | (scalar >> 6)))
            output.append(UInt8(0x80 | (scalar & 0x3F)))
        case ..<0x10000:
            output.append(UInt8(0xE0 | (scalar >> 12)))
            output.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (scalar & 0x3F)))
        default:
            output.append(UInt8(0xF0 | (scalar >> 18)))
            output.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
            output.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (scalar & 0x3F)))
        }
    }

    static func utf8Length(leadingByte byte: UInt8) -> Int {
        byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
    }

    /// Decodes the scalar that starts at `index` of valid UTF-8.
    static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let lead = UInt32(bytes[index])
        switch utf8Length(leadingByte: bytes[index]) {
        case 1:
            return (lead, 1)
        case 2:
            return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
        case 3:
            return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        default:
            return (
                (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                    | UInt32(bytes[index + 3] & 0x3F), 4
            )
        }
    }
}
