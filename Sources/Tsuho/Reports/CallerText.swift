/// A caller's message after intake: the bytes exactly as received, the text they spell, what could
/// mislead an operator's screen, and a display-safe form that shows those things instead of obeying
/// them.
public struct CallerText: Sendable, Hashable {
    /// The message bytes, never changed.
    public let bytes: [UInt8]
    /// The message as text (the same bytes; valid UTF-8 is required at intake).
    public let text: String
    /// Control, bidirectional, zero-width and look-alike findings, in text order.
    public let flags: [IntakeFlag]

    /// The text with every flagged character replaced by a visible marker such as `⟦U+202E⟧`, so
    /// reordering or hidden characters cannot change what the operator sees. Line feeds and tabs stay.
    public var displaySafe: String {
        guard flags.contains(where: { $0.kind != .lookAlike }) else { return text }
        var result = ""
        var offset = 0
        for scalar in text.unicodeScalars {
            let width = String(scalar).utf8.count
            if flags.contains(where: { $0.kind != .lookAlike && $0.utf8Range.lowerBound == offset }) {
                result += "⟦" + IntakeScreening.codePoint(scalar) + "⟧"
            } else {
                result.unicodeScalars.append(scalar)
            }
            offset += width
        }
        return result
    }
}
