import Foundation
internal import TsuhoText

extension LanguageProfiles {
    /// The profile file's path in `Dictionaries/` (beside the samples, outside the dictionary's own
    /// `*.tsv` files).
    public static let fileName = "samples/language-profiles.tsv"

    /// Gathers the project's own text per language: the lines of `Dictionaries/samples/<tag>.txt` and
    /// every form of the dictionary, for Latin-script languages also without diacritics; for `ja-Latn`,
    /// also the Japanese readings romanized by ICU.
    ///
    /// - Parameters:
    ///   - location: The data folder.
    ///   - lexicon: The dictionary.
    /// - Returns: The texts of each language.
    /// - Throws: ``DataError`` when a sample file cannot be read; ``TextError`` if ICU fails.
    public static func trainingTexts(location: DataLocation, lexicon: Lexicon) throws -> [LanguageCode: [String]] {
        var texts: [LanguageCode: [String]] = [:]
        let samples = location.dictionaries.appendingPathComponent("samples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: samples.path)) ?? []
        for name in names.sorted() where name.hasSuffix(".txt") && name != "README.md" {
            let path = samples.appendingPathComponent(name).path
            guard let data = FileManager.default.contents(atPath: path) else {
                throw DataError.unreadable(path: path, reason: "the file cannot be read")
            }
            let text = try UTF8Input.decode(Array(data), source: path)
            texts[LanguageCode(String(name.dropLast(4))), default: []] += text.split(separator: "\n").map(String.init)
        }
        for (position, language) in lexicon.languages.enumerated() {
            texts[language.code, default: []] += lexicon.cells.forms(of: position).0
        }
        // Callers often type Latin-script languages without their diacritics (Vietnamese without tones):
        // those languages also learn from their own text with the diacritics removed.
        let accentless = TextFolder(options: [.caseFold, .width, .diacritics])
        for language in lexicon.languages where language.usesLatinScript {
            let lines = texts[language.code] ?? []
            texts[language.code, default: []] += try lines.map { try accentless.key($0) }
        }
        let readings = lexicon.concepts.flatMap(\.readings)
        let romaji = try Transliterator.cached(id: "Hiragana-Latin").transliterate(readings.joined(separator: "\n"))
        texts[LanguageIdentifier.romanizedJapanese, default: []] += romaji.split(separator: "\n").map(String.init)
        return texts
    }

    /// Reads the profile file of a data folder.
    ///
    /// - Parameter location: The data folder.
    /// - Returns: The profiles.
    /// - Throws: ``DataError`` when the file is missing (build it with `tsuho dict profiles`);
    ///   ``LexiconError`` when it is malformed.
    public static func load(location: DataLocation) throws -> LanguageProfiles {
        let url = location.dictionaries.appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw DataError.missing("language profiles", path: url.path, hint: "Build them with `tsuho dict profiles`.")
        }
        return try LanguageProfiles(tsv: UTF8Input.decode(Array(data), source: url.path), file: url.path)
    }
}
