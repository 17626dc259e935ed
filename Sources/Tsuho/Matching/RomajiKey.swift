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
        for (from, to) in replacements {
            letters = replacingAll(from, with: to, in: letters)
        }
        return String(decoding: collapseDoubles(letters), as: UTF8.self)
    }

    /// Ordered rewrites toward kunrei-shiki with long vowels shortened.
    private static let replacements: [([UInt8], [UInt8])] = [
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
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// Replaces every occurrence of a pattern, scanning left to right.
    private static func replacingAll(_ pattern: [UInt8], with replacement: [UInt8], in text: [UInt8]) -> [UInt8] {
        guard let first = pattern.first, text.contains(first) else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(text.count + 4)
        var index = 0
        while index < text.count {
            if text[index] == first, index + pattern.count <= text.count,
                text[index..<(index + pattern.count)].elementsEqual(pattern)
            {
                result.append(contentsOf: replacement)
                index += pattern.count
            } else {
                result.append(text[index])
                index += 1
            }
        }
        return result
    }

    /// Collapses any letter written twice in a row (nn, kk, tt, and vowels left long by the rewrites).
    private static func collapseDoubles(_ letters: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(letters.count)
        for byte in letters where byte != result.last {
            result.append(byte)
        }
        return result
    }
}
