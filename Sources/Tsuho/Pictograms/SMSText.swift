/// A plain-text info card for SMS, with its length in UCS-2 code units and the segments it takes.
///
/// Emoji cannot be sent in the GSM 7-bit alphabet, so a message with them is sent in UCS-2: one
/// segment holds 70 UTF-16 code units; a longer message is split into segments of 67 (each carries a
/// header to join them), never between the two halves of a surrogate pair.
public struct SMSText: Sendable, Hashable, Codable {
    /// UTF-16 code units that fit in one UCS-2 segment.
    public static let singleSegmentLimit = 70
    /// UTF-16 code units per segment of a concatenated message.
    public static let concatenatedSegmentLimit = 67

    /// The message.
    public let text: String
    /// Its length in UTF-16 code units, as a phone counts a UCS-2 message.
    public let units: Int
    /// The number of segments it is sent in.
    public let segments: Int

    /// Measures a message.
    ///
    /// - Parameter text: The message.
    public init(text: String) {
        self.text = text
        units = text.utf16.count
        segments = Self.segmentCount(text)
    }

    /// True when the message fits one segment.
    public var fitsOneSegment: Bool { segments <= 1 }

    /// A sentence for the operator when the message needs more than one segment, else `nil`.
    public var notice: String? {
        guard !fitsOneSegment else { return nil }
        return
            "The text is \(units) UCS-2 characters, more than the \(Self.singleSegmentLimit) of one SMS: it goes as \(segments) concatenated segments of up to \(Self.concatenatedSegmentLimit), which some phones show as separate messages."
    }

    /// Segments of a UCS-2 message, keeping surrogate pairs whole.
    static func segmentCount(_ text: String) -> Int {
        let units = Array(text.utf16)
        guard units.count > singleSegmentLimit else { return 1 }
        var segments = 0
        var index = 0
        while index < units.count {
            var end = min(index + concatenatedSegmentLimit, units.count)
            // Do not end a segment between a high and a low surrogate.
            if end < units.count, UTF16.isLeadSurrogate(units[end - 1]) {
                end -= 1
            }
            segments += 1
            index = end
        }
        return segments
    }
}
