/// The fonts captions ask for, by script: the Noto fonts of Debian's `fonts-noto-core` and
/// `fonts-noto-cjk` (Khmer OS from `fonts-khmeros` for Khmer), then fonts most systems have, so a
/// renderer without them still finds glyphs.
enum CaptionFonts {
    /// Fonts for every script, appended to each list so a caption with a word in another script (a
    /// place name in Latin letters in a Thai caption) still has glyphs.
    static let fallback = ["Noto Sans", "Noto Sans CJK JP", "DejaVu Sans", "sans-serif"]

    /// The font families for a script, best first.
    ///
    /// - Parameter script: An ISO 15924 code ("Latn", "Thai", "Jpan").
    /// - Returns: Family names; the last is a generic family.
    static func families(forScript script: String) -> [String] {
        let first: [String] =
            switch script {
            case "Jpan": ["Noto Sans CJK JP"]
            case "Hans": ["Noto Sans CJK SC"]
            case "Hant": ["Noto Sans CJK TC"]
            case "Kore": ["Noto Sans CJK KR"]
            case "Thai": ["Noto Sans Thai"]
            case "Deva": ["Noto Sans Devanagari"]
            case "Mymr": ["Noto Sans Myanmar"]
            // Noto Sans Khmer 2020 (Debian 12) leaves split vowels such as ៅ unshaped with HarfBuzz 6;
            // Khmer OS (fonts-khmeros) shapes them.
            case "Khmr": ["Khmer OS System", "Khmer OS", "Noto Sans Khmer"]
            case "Arab": ["Noto Naskh Arabic", "Noto Sans Arabic"]
            default: ["Noto Sans"]
            }
        return first + fallback.filter { !first.contains($0) }
    }

    /// The families as a CSS `font-family` value, names quoted.
    ///
    /// - Parameter script: An ISO 15924 code.
    /// - Returns: A value such as `'Noto Sans Thai', 'Noto Sans', …, sans-serif`.
    static func cssList(forScript script: String) -> String {
        families(forScript: script).map { $0.contains(" ") ? "'\($0)'" : $0 }.joined(separator: ", ")
    }

    /// The Debian packages that hold the fonts, for messages and documentation.
    static let debianPackages = ["fonts-noto-core", "fonts-noto-cjk", "fonts-khmeros"]
}
