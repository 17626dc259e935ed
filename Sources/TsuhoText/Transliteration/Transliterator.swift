internal import Synchronization

/// Converts text with an ICU transform ("Katakana-Latin", "Any-Latin; Latin-ASCII",
/// "Traditional-Simplified", …).
///
/// The transform is compiled once; each call works on a copy of its own, so one transliterator can be
/// used by many tasks at once. ``cached(id:)`` keeps one per id for the whole process:
///
/// ```swift
/// let romaji = try Transliterator.cached(id: "Katakana-Latin").transliterate("キュウキュウシャ")
/// // "kyūkyūsha"
/// ```
public final class Transliterator: Sendable {
    /// The transform id, as given.
    public let id: String
    private let pool: HandlePool

    /// Compiles a transform.
    ///
    /// - Parameter id: An ICU transform id or compound id ("Any-Latin; Latin-ASCII").
    /// - Throws: ``TextError`` with code ``TextError/Code/unknownTransform`` naming the id when ICU has
    ///   no such transform.
    public init(id: String) throws {
        self.id = id
        let prototype = try ICUBridge.openTransliterator(id: id)
        pool = HandlePool(
            prototype: prototype, copy: ICUBridge.cloneTransliterator, close: ICUBridge.closeTransliterator)
    }

    /// Transliterates a text.
    ///
    /// - Parameter text: Any text.
    /// - Returns: The converted text; characters the transform does not cover pass through unchanged.
    /// - Throws: ``TextError`` with code ``TextError/Code/icuFailure`` only if ICU itself fails.
    public func transliterate(_ text: String) throws -> String {
        try pool.withHandle { try ICUBridge.transliterate($0, text) }
    }

    private static let cache = Mutex<[String: Transliterator]>([:])

    /// Returns the process-wide transliterator for an id, compiling it on first use.
    ///
    /// - Parameter id: An ICU transform id.
    /// - Returns: A shared transliterator.
    /// - Throws: ``TextError`` with code ``TextError/Code/unknownTransform`` when ICU has no such transform.
    public static func cached(id: String) throws -> Transliterator {
        if let known = cache.withLock({ $0[id] }) {
            return known
        }
        let compiled = try Transliterator(id: id)
        return cache.withLock { transliterators in
            if let raced = transliterators[id] {
                return raced
            }
            transliterators[id] = compiled
            return compiled
        }
    }
}
