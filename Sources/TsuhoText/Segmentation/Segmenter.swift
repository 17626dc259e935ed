internal import Synchronization

/// Splits text into words or sentences with ICU's break iterator for a locale.
///
/// ICU's dictionaries find words in scripts written without spaces (Thai, Khmer, Burmese, Lao,
/// Japanese, Chinese):
///
/// ```swift
/// let segmenter = try Segmenter(locale: ICULocale("th"))
/// let words = try segmenter.words(in: "ไฟไหม้ที่บ้าน").map(\.text)  // ["ไฟไหม้", "ที่", "บ้าน"]
/// ```
///
/// A segmenter compiles its rules once and can be shared by many tasks.
public final class Segmenter: Sendable {
    /// The locale whose rules are used.
    public let locale: ICULocale
    private let wordPool: HandlePool
    private let sentencePool: HandlePool

    /// Creates a segmenter for a locale.
    ///
    /// - Parameter locale: The locale of the text.
    /// - Throws: ``TextError`` with code ``TextError/Code/icuFailure`` if ICU cannot open its break rules.
    public init(locale: ICULocale) throws {
        self.locale = locale
        wordPool = HandlePool(
            prototype: try ICUBridge.openBreakIterator(kind: .word, localeID: locale.identifier),
            copy: ICUBridge.cloneBreakIterator, close: ICUBridge.closeBreakIterator)
        sentencePool = HandlePool(
            prototype: try ICUBridge.openBreakIterator(kind: .sentence, localeID: locale.identifier),
            copy: ICUBridge.cloneBreakIterator, close: ICUBridge.closeBreakIterator)
    }

    /// Returns every segment between word boundaries, spaces and punctuation included, in order.
    ///
    /// Filter with ``SegmentKind/isWord`` for the words alone.
    ///
    /// - Parameter text: Any text.
    /// - Returns: Segments that together cover the whole text.
    /// - Throws: ``TextError`` with code ``TextError/Code/icuFailure`` only if ICU itself fails.
    public func words(in text: String) throws -> [TextSegment] {
        try segments(of: text, pool: wordPool, sentences: false)
    }

    /// Returns the sentences of a text, in order.
    ///
    /// - Parameter text: Any text.
    /// - Returns: Sentences that together cover the whole text, each with its trailing spaces.
    /// - Throws: ``TextError`` with code ``TextError/Code/icuFailure`` only if ICU itself fails.
    public func sentences(in text: String) throws -> [TextSegment] {
        try segments(of: text, pool: sentencePool, sentences: true)
    }

    private func segments(of text: String, pool: HandlePool, sentences: Bool) throws -> [TextSegment] {
        let units = Array(text.utf16)
        let (offsets, statuses) = try pool.withHandle { try ICUBridge.boundaries($0, utf16: units) }
        var result: [TextSegment] = []
        result.reserveCapacity(max(offsets.count - 1, 0))
        let utf16 = text.utf16
        var previousIndex = text.startIndex
        var previousOffset = 0
        var previousUTF8 = 0
        for position in offsets.indices.dropFirst() {
            let offset = Int(offsets[position])
            let index = utf16.index(previousIndex, offsetBy: offset - previousOffset)
            let piece = text[previousIndex..<index]
            let utf8Length = piece.utf8.count
            let kind = sentences ? SegmentKind.sentence : SegmentKind(wordRuleStatus: statuses[position])
            result.append(
                TextSegment(
                    text: String(piece), range: previousIndex..<index,
                    utf8Range: previousUTF8..<(previousUTF8 + utf8Length), kind: kind))
            previousIndex = index
            previousOffset = offset
            previousUTF8 += utf8Length
        }
        return result
    }

    private static let cache = Mutex<[String: Segmenter]>([:])

    /// Returns the process-wide segmenter for a locale, creating it on first use.
    ///
    /// - Parameter locale: The locale of the text.
    /// - Returns: A shared segmenter.
    /// - Throws: ``TextError`` with code ``TextError/Code/icuFailure`` if ICU cannot open its break rules.
    public static func cached(locale: ICULocale) throws -> Segmenter {
        if let known = cache.withLock({ $0[locale.identifier] }) {
            return known
        }
        let created = try Segmenter(locale: locale)
        return cache.withLock { segmenters in
            if let raced = segmenters[locale.identifier] {
                return raced
            }
            segmenters[locale.identifier] = created
            return created
        }
    }
}
