/// The versions of ICU and of the Unicode Character Database that Tsuho's text services use.
public enum UnicodeVersions {
    /// ICU's version, such as "72.1".
    public static var icu: String { dotted(ICUBridge.icuVersion()) }

    /// The Unicode version of ICU's character data, such as "15.0".
    public static var unicode: String { dotted(ICUBridge.unicodeVersion()) }

    /// Joins version parts with dots, dropping trailing zero parts after the second.
    private static func dotted(_ parts: [UInt8]) -> String {
        var kept = parts
        while kept.count > 2, kept.last == 0 {
            kept.removeLast()
        }
        return kept.map(String.init).joined(separator: ".")
    }
}
