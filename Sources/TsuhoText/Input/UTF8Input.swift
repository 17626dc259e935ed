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
