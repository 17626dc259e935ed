/// A spelling-independent key for romanized Japanese, so Hepburn, kunrei-shiki and the ways people type
/// romaji meet: shi/si, chi/ti, tsu/tu, ji/zi/di, fu/hu, sha/sya, long vowels ou/oo/ō/o, n/nn/n',
/// m before b/m/p, and doubled consonants.
///
/// `hinanjo`, `hinanzyo` and the reading ひなんじょ (romanized by ICU as "hinanjo") all give "hinanzyo".
enum RomajiKey {
    /// The key of a romanized text whose diacritics are already removed and whose case is folded, or
    /// `nil` when it has characters other than ASCII letters, spaces, hyphens, apostrophes and periods.
    static func key(ofFoldedLatin text: String) -> String? {
        var letters: [UInt8] = []
        letters.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"):
                letters.append(byte)
            case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "'"), UInt8(ascii: "."):
                continue
            default:
                return nil
            }
        }
        guard !letters.isEmpty else { return nil }
        var key = String(decoding: letters, as: UTF8.self)
        for (from, to) in replacements {
            key = key.replacingAll(from, with: to)
        }
        return collapseDoubles(key)
    }

    /// Ordered rewrites toward kunrei-shiki with long vowels shortened.
    private static let replacements: [(String, String)] = [
        ("tch", "tt"),
        ("sh", "sy"), ("syi", "si"),
        ("ch", "ty"), ("tyi", "ti"),
        ("ts", "t"),
        ("jy", "zy"), ("j", "zy"), ("zyi", "zi"),
        ("di", "zi"), ("du", "zu"),
        ("f", "h"),
        ("mb", "nb"), ("mp", "np"), ("mm", "nm"),
        ("wo", "o"),
        ("ou", "o"), ("oo", "o"), ("uu", "u"), ("aa", "a"), ("ii", "i"), ("ee", "e"),
    ]

    /// Collapses any letter written twice in a row (nn, kk, tt, and vowels left long by the rewrites).
    private static func collapseDoubles(_ key: String) -> String {
        var result: [UInt8] = []
        for byte in key.utf8 where byte != result.last {
            result.append(byte)
        }
        return String(decoding: result, as: UTF8.self)
    }
}

extension String {
    /// Replaces every occurrence of an ASCII pattern.
    fileprivate func replacingAll(_ pattern: String, with replacement: String) -> String {
        guard contains(pattern) else { return self }
        return split(separator: pattern, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
