/// Unicode normalization through ICU.
///
/// ```swift
/// let nfc = try Normalizer.normalize("e\u{301}", to: .nfc)  // "é"
/// let ready = try Normalizer.isNormalized("ｷｭｳ", in: .nfkc)  // false
/// ```
public enum Normalizer {
    /// Returns a text in a normalization form.
    ///
    /// - Parameters:
    ///   - text: Any text.
    ///   - form: The form to produce.
    /// - Returns: The normalized text.
    /// - Throws: ``TextError`` with code ``TextError/Code/icuFailure`` only if ICU itself fails.
    public static func normalize(_ text: String, to form: NormalizationForm) throws -> String {
        var copy = text
        let bytes = try copy.withUTF8 { try ICUBridge.normalize($0, form: form.bridgeForm, operation: "normalization") }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Tells whether a text is already in a normalization form, without building the normalized text
    /// when ICU's quick check can decide.
    ///
    /// - Parameters:
    ///   - text: Any text.
    ///   - form: The form to check.
    /// - Returns: `true` when normalizing would not change the text.
    /// - Throws: ``TextError`` with code ``TextError/Code/icuFailure`` only if ICU itself fails.
    public static func isNormalized(_ text: String, in form: NormalizationForm) throws -> Bool {
        var copy = text
        return try copy.withUTF8 { try ICUBridge.isNormalized($0, form: form.bridgeForm) }
    }
}
