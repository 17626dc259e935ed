internal import TsuhoText

/// Character n-gram counts per language, the model of the ``LanguageIdentifier``.
///
/// Built by `tsuho dict profiles` from the project's own text (the language samples and every form of
/// the dictionary), written to `Dictionaries/samples/language-profiles.tsv`, and read back at start. The same
/// input always gives the same file.
public struct LanguageProfiles: Sendable {
    /// The n-grams of each language with their counts.
    public let counts: [LanguageCode: [String: Int]]

    /// The header of the profile file.
    static let header = "language\tngram\tcount"

    /// How many n-grams of each language the file keeps, most frequent first.
    static let kept = 4000

    /// Creates profiles from counts.
    ///
    /// - Parameter counts: The n-grams of each language with their counts.
    public init(counts: [LanguageCode: [String: Int]]) {
        self.counts = counts
    }

    /// Counts the n-grams of texts per language.
    ///
    /// - Parameter texts: The texts of each language.
    /// - Returns: Profiles keeping each language's most frequent n-grams.
    /// - Throws: ``TextError`` only if ICU itself fails.
    public static func build(from texts: [LanguageCode: [String]]) throws -> LanguageProfiles {
        var counts: [LanguageCode: [String: Int]] = [:]
        for (language, lines) in texts {
            var grams: [String: Int] = [:]
            for line in lines {
                for gram in try ngrams(of: line) {
                    grams[gram, default: 0] += 1
                }
            }
            let top = grams.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(kept)
            counts[language] = Dictionary(uniqueKeysWithValues: top.map { ($0.key, $0.value) })
        }
        return LanguageProfiles(counts: counts)
    }

    /// The profile file: one line per language and n-gram, sorted, so a diff shows real changes.
    public func tsv() -> String {
        var lines = [Self.header]
        for language in counts.keys.sorted() {
            let grams = counts[language] ?? [:]
            for (gram, count) in grams.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) {
                lines.append("\(language)\t\(Self.escape(gram))\t\(count)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads a profile file.
    ///
    /// - Parameters:
    ///   - tsv: The file's text.
    ///   - file: The file's name for errors.
    /// - Throws: ``LexiconError`` naming the line of a malformed row.
    public init(tsv: String, file: String) throws {
        // 85,000 lines are read at every start of `tsuho translate`: scan bytes, make a string only for
        // each n-gram and each new language.
        var counts: [LanguageCode: [String: Int]] = [:]
        var text = tsv
        let result: Result<Void, LexiconError> = text.withUTF8 { bytes in
            var lineStart = 0
            var lineNumber = 0
            var language: LanguageCode?
            var languageBytes: ArraySlice<UInt8> = []
            var table: [String: Int] = [:]
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                lineNumber += 1
                defer { lineStart = lineEnd + 1 }
                if lineEnd == lineStart { continue }
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
                if lineNumber == 1 {
                    guard line.elementsEqual(Self.header.utf8) else {
                        return .failure(LexiconError.conflict("\(file):1: expected the header \"\(Self.header)\"."))
                    }
                    continue
                }
                guard let firstTab = line.firstIndex(of: 0x09),
                    let secondTab = line[(firstTab + 1)...].firstIndex(of: 0x09)
                else {
                    return .failure(
                        LexiconError.conflict("\(file):\(lineNumber): expected language, n-gram and a positive count."))
                }
                var count = 0
                var digits = 0
                for byte in line[(secondTab + 1)...] {
                    guard byte >= 0x30, byte <= 0x39, digits < 12 else {
                        digits = -1
                        break
                    }
                    count = count * 10 + Int(byte - 0x30)
                    digits += 1
                }
                guard digits > 0, count > 0 else {
                    return .failure(
                        LexiconError.conflict("\(file):\(lineNumber): expected language, n-gram and a positive count."))
                }
                let languageCell = line[..<firstTab]
                if language == nil || !languageCell.elementsEqual(languageBytes) {
                    if let language { Self.store(table, for: language, in: &counts) }
                    language = LanguageCode(String(decoding: languageCell, as: UTF8.self))
                    languageBytes = ArraySlice(languageCell)
                    table = counts.removeValue(forKey: language ?? "") ?? [:]
                    table.reserveCapacity(8_192)
                }
                let gramBytes = UnsafeBufferPointer(rebasing: line[(firstTab + 1)..<secondTab])
                table[Self.unescape(gramBytes)] = count
            }
            if let language { Self.store(table, for: language, in: &counts) }
            return .success(())
        }
        try result.get()
        self.counts = counts
    }

    /// The 1- to 3-grams of a text's letters: folded (case, width, kana), each word padded with spaces
    /// so word starts and ends count, digits and punctuation dropped.
    static func ngrams(of text: String) throws -> [String] {
        var grams: [String] = []
        try forEachGram(of: text) { scalars in
            grams.append(String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init))))
        }
        return grams
    }

    /// The same n-grams as ``ngrams(of:)``, each packed into one number (21 bits per scalar), for fast
    /// lookups.
    static func gramKeys(of text: String) throws -> [UInt64] {
        var keys: [UInt64] = []
        try forEachGram(of: text) { keys.append(key(of: $0)) }
        return keys
    }

    /// Packs up to three scalars into one number; no scalar is 0, so grams of different lengths differ.
    static func key(of scalars: ArraySlice<UInt32>) -> UInt64 {
        var key: UInt64 = 0
        for (index, scalar) in scalars.enumerated() {
            key |= UInt64(scalar) << UInt64(21 * index)
        }
        return key
    }

    /// Whether each scalar below U+3000 (the alphabets, Indic and Southeast Asian scripts) is a letter or
    /// mark, looked up once: Unicode property lookups were a fifth of identification.
    private static let wordScalarsBelow3000: [Bool] = (0..<0x3000).map { value in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return false }
        return hasWordProperties(scalar)
    }

    /// A letter, or a mark that belongs to the letter before it.
    @inline(__always)
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x3000 ? wordScalarsBelow3000[Int(scalar.value)] : hasWordProperties(scalar)
    }

    private static func hasWordProperties(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.isAlphabetic || properties.generalCategory == .nonspacingMark
            || properties.generalCategory == .spacingMark
    }

    /// Calls `body` with every 1- to 3-gram of the padded words of a folded text.
    private static func forEachGram(of text: String, _ body: (ArraySlice<UInt32>) -> Void) throws {
        let folded = try SearchIndex.foldKey.key(text)
        var word: [UInt32] = [0x20]
        word.reserveCapacity(32)
        func flush() {
            guard word.count > 1 else { return }
            word.append(0x20)
            for size in 1...3 where word.count >= size {
                for start in 0...(word.count - size) where !(size == 1 && word[start] == 0x20) {
                    body(word[start..<(start + size)])
                }
            }
            word.removeAll(keepingCapacity: true)
            word.append(0x20)
        }
        for scalar in folded.unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value | 0x20
                if value >= 0x61 && value <= 0x7A {
                    word.append(scalar.value)
                } else {
                    flush()
                }
                continue
            }
            if isWordScalar(scalar) {
                word.append(scalar.value)
            } else {
                flush()
            }
        }
        flush()
    }

    private static func escape(_ gram: String) -> String {
        gram.replacingAll("\\", with: "\\\\").replacingAll(" ", with: "\\s")
    }

    private static func store(
        _ table: [String: Int], for language: LanguageCode, in counts: inout [LanguageCode: [String: Int]]
    ) {
        if counts[language] == nil {
            counts[language] = table
        } else {
            counts[language, default: [:]].merge(table) { _, new in new }
        }
    }

    /// `\s` is a space and `\\` a backslash, read straight from the file's bytes.
    private static func unescape(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.contains(0x5C) else { return String(decoding: bytes, as: UTF8.self) }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x5C, index + 1 < bytes.count {
                result.append(bytes[index + 1] == 0x73 ? 0x20 : bytes[index + 1])
                index += 2
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
