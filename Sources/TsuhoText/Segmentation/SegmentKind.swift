/// What a segment found by a ``Segmenter`` holds, from ICU's word-break rule status.
public enum SegmentKind: String, Sendable, Hashable, Codable {
    /// Letters of a script that has letters (Latin, Thai, Hangul, …).
    case letters
    /// A number.
    case number
    /// Kana.
    case kana
    /// Ideographs (Han), alone or mixed with kana.
    case ideographs
    /// Spaces, punctuation, symbols and emoji.
    case other
    /// A sentence (sentence segmentation only).
    case sentence

    /// True for segments that are words: letters, numbers, kana or ideographs.
    public var isWord: Bool {
        switch self {
        case .letters, .number, .kana, .ideographs: true
        case .other, .sentence: false
        }
    }

    init(wordRuleStatus status: Int32) {
        switch status {
        case 100..<200: self = .number
        case 200..<300: self = .letters
        case 300..<400: self = .kana
        case 400..<500: self = .ideographs
        default: self = .other
        }
    }
}
