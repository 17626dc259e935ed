internal import TsuhoText

/// Checks the bytes of an incoming message and finds what an operator must see: the rules of intake.
///
/// Invalid UTF-8 and oversize messages are refused with the byte offset or size; everything else is
/// kept verbatim and flagged, never silently dropped:
///
/// ```swift
/// let screening = IntakeScreening(maxMessageBytes: 8 * 1024)
/// let text = try screening.accept(Array("help\u{202E}me".utf8))
/// text.flags.first?.kind   // .bidiControl
/// text.displaySafe         // "help⟦U+202E⟧me"
/// ```
public struct IntakeScreening: Sendable {
    /// The largest message accepted, in bytes.
    public let maxMessageBytes: Int

    /// The default bound: 8 KiB, far more than any text report.
    public static let defaultMaxMessageBytes = 8 * 1024

    /// Creates a screening with a size bound.
    ///
    /// - Parameter maxMessageBytes: The largest message accepted, in bytes.
    public init(maxMessageBytes: Int = IntakeScreening.defaultMaxMessageBytes) {
        self.maxMessageBytes = maxMessageBytes
    }

    /// Checks a message.
    ///
    /// - Parameter bytes: The message as received.
    /// - Returns: The text with its flags.
    /// - Throws: ``IntakeError`` for invalid UTF-8 (with the offset of the first bad byte), a message
    ///   over the bound, or an empty message.
    public func accept(_ bytes: [UInt8]) throws(IntakeError) -> CallerText {
        guard bytes.count <= maxMessageBytes else {
            throw IntakeError(reason: .tooLarge(bytes: bytes.count, limit: maxMessageBytes))
        }
        if let offset = UTF8Input.firstInvalidOffset(in: bytes) {
            throw IntakeError(reason: .invalidUTF8(offset: offset))
        }
        let text = String(decoding: bytes, as: UTF8.self)
        guard !text.isEmpty else { throw IntakeError(reason: .empty) }
        return CallerText(bytes: bytes, text: text, flags: Self.flags(in: text))
    }

    /// The flags of a text, in text order.
    static func flags(in text: String) -> [IntakeFlag] {
        var flags: [IntakeFlag] = []
        let scalars = Array(text.unicodeScalars)
        var offset = 0
        for (index, scalar) in scalars.enumerated() {
            let width = String(scalar).utf8.count
            defer { offset += width }
            let value = scalar.value
            if value < 0x80, value >= 0x20, value != 0x7F { continue }
            var kind: IntakeFlag.Kind?
            switch value {
            case 0x0A, 0x09:
                break
            case 0x00...0x1F, 0x7F...0x9F:
                kind = .control
            case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
                kind = .bidiControl
            case 0x200B, 0x2060, 0xFEFF, 0x180E, 0x2061...0x2064, 0x00AD, 0x034F, 0x115F, 0x1160, 0x3164, 0xFFA0:
                kind = .zeroWidth
            case 0x200C, 0x200D:
                // Joiners belong inside emoji sequences and after letters of scripts that shape with them.
                let before = index > 0 ? scalars[index - 1] : nil
                let after = index + 1 < scalars.count ? scalars[index + 1] : nil
                if !Self.joinerBelongs(before: before, after: after) { kind = .zeroWidth }
            default:
                break
            }
            if let kind {
                flags.append(IntakeFlag(kind: kind, utf8Range: offset..<(offset + width), detail: codePoint(scalar)))
            }
        }
        return (flags + lookAlikes(in: text)).sorted { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }
    }

    /// Words mixing scripts that ICU's spoof checker finds suspicious ("pаypal" with a Cyrillic а).
    private static func lookAlikes(in text: String) -> [IntakeFlag] {
        var flags: [IntakeFlag] = []
        var offset = 0
        for word in text.split(omittingEmptySubsequences: false, whereSeparator: { $0.isWhitespace }) {
            defer { offset += word.utf8.count + 1 }
            let hasASCIILetter = word.unicodeScalars.contains { $0.properties.isAlphabetic && $0.isASCII }
            let hasOtherLetter = word.unicodeScalars.contains { $0.properties.isAlphabetic && !$0.isASCII }
            guard hasASCIILetter, hasOtherLetter else { continue }
            let scripts = ScriptBreakdown(of: String(word)).scripts.map(\.code)
            guard scripts.count > 1, (try? SpoofCheck.isSuspicious(String(word))) == true else { continue }
            flags.append(
                IntakeFlag(kind: .lookAlike, utf8Range: offset..<(offset + word.utf8.count), detail: String(word)))
        }
        return flags
    }

    private static func joinerBelongs(before: Unicode.Scalar?, after: Unicode.Scalar?) -> Bool {
        guard let before else { return false }
        if before.properties.isEmojiPresentation || before.properties.isEmoji && before.value > 0xFF
            || before.value == 0xFE0F || (0x1F3FB...0x1F3FF).contains(before.value)
        {
            return after.map { $0.properties.isEmoji } ?? false
        }
        // Indic, Arabic, Syriac, Myanmar, Khmer … shape with joiners after their letters and marks.
        return before.value >= 0x0600 && before.value < 0x1100
            && (before.properties.isAlphabetic || before.properties.generalCategory == .nonspacingMark
                || before.properties.generalCategory == .spacingMark)
    }

    /// `U+202E`.
    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
