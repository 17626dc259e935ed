/// ICU's spoof checker for single words: flags words that mix scripts the way look-alike spoofs do
/// ("pаssword" with a Cyrillic а) or mix digit systems, while allowing the combinations real writing uses
/// (Japanese kanji with kana and Latin, Chinese with Latin, Korean with Hanja and Latin).
///
/// ```swift
/// try SpoofCheck.isSuspicious("pаssword")  // true: Latin and Cyrillic in one word
/// try SpoofCheck.isSuspicious("卡拉OK")     // false
/// ```
public enum SpoofCheck {
    /// Tells whether a word mixes scripts or digit systems in a way a look-alike spoof would.
    ///
    /// - Parameter word: One word (no spaces).
    /// - Returns: `true` when ICU's highly restrictive check or mixed-numbers check fails.
    /// - Throws: ``TextError`` with code ``TextError/Code/icuFailure`` only if ICU itself fails.
    public static func isSuspicious(_ word: String) throws -> Bool {
        try ICUBridge.spoofCheck(word) != 0
    }
}
