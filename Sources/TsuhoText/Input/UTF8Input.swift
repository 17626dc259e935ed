/// Decodes bytes that must be UTF-8, naming the first bad byte when they are not.
public enum UTF8Input {
    /// Returns the offset of the first byte that is not part of valid UTF-8, or `nil` when all are valid.
    ///
    /// - Parameter bytes: Any bytes.
    /// - Returns: The offset of the first invalid byte, or of a sequence cut short at the end.
    public static func firstInvalidOffset(in bytes: some Collection<UInt8>) -> Int? {
        let contiguous = bytes.withContiguousStorageIfAvailable { buffer in
            String(validating: buffer, as: UTF8.self) == nil ? parseFirstInvalidOffset(in: buffer) : Optional<Int>.none
        }
        if let contiguous {
            return contiguous
        }
        return parseFirstInvalidOffset(in: Array(bytes))
    }

    private static func parseFirstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                offset += encoded.count
            case .emptyInput:
                return nil
            case .error:
                return offset
            }
        }
    }

    private static func parseFirstInvalidOffset(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { parseFirstInvalidOffset(in: $0) }
    }

    /// Tells whether bytes are valid UTF-8.
    ///
    /// - Parameter bytes: Any bytes.
    /// - Returns: `true` when every byte belongs to a valid UTF-8 sequence.
    public static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { validate($0) }
    }

    private static func validate(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        let base = UnsafeRawPointer(bytes.baseAddress)
        while index < count {
            // Eight ASCII bytes at a time.
            if let base {
                while index + 8 <= count,
                    base.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                {
                    index += 8
                }
                guard index < count else { break }
            }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            let minimum: UInt32
            switch lead {
            case 0xC2...0xDF: (length, minimum) = (2, 0x80)
            case 0xE0...0xEF: (length, minimum) = (3, 0x800)
            case 0xF0...0xF4: (length, minimum) = (4, 0x10000)
            default: return false
            }
            guard index + length <= count else { return false }
            var scalar = UInt32(lead) & (0xFF >> (length + 1))
            for offset in 1..<length {
                let byte = bytes[index + offset]
                guard byte & 0xC0 == 0x80 else { return false }
                scalar = scalar << 6 | UInt32(byte & 0x3F)
            }
            guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else { return false }
            index += length
        }
        return true
    }

    /// Decodes UTF-8 bytes into a string, refusing anything invalid.
    ///
    /// - Parameters:
    ///   - bytes: The bytes to decode.
    ///   - source: What the bytes are, for the error message ("standard input", a file name).
    /// - Returns: The decoded text.
    /// - Throws: ``TextError`` with code ``TextError/Code/invalidUTF8`` and the offset of the first bad byte.
    public static func decode(_ bytes: [UInt8], source: String) throws -> String {
        if let text = String(validating: bytes, as: UTF8.self) {
            return text
        }
        let offset = firstInvalidOffset(in: bytes) ?? bytes.count
        let byte = offset < bytes.count ? bytes[offset] : nil
        throw TextError.invalidUTF8(source: source, offset: offset, byte: byte)
    }
}
