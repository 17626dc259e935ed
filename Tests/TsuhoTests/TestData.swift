import Foundation
import Testing
import Tsuho

/// Small dictionaries for tests, in memory or in a temporary folder.
enum TestData {
    static let languages = """
        tag\tenglish\tnative\tscript\tdirection\tsegmenter\ticu_locale\trelay
        ja\tJapanese\t日本語\tJpan\tltr\tyes\tja\t
        en\tEnglish\tEnglish\tLatn\tltr\tno\ten\t
        vi\tVietnamese\tTiếng Việt\tLatn\tltr\tno\tvi\ten
        th\tThai\tไทย\tThai\tltr\tyes\tth\ten

        """
    static let concepts = """
        id\tkind\tdomain\tja\treading\tpictogram\tstatus\tnotes
        fire\tterm\tfire\t火事 | 火災\tかじ | かさい\tfire\tdraft\t
        evacuation-shelter\tterm\tevacuation\t避難所\tひなんじょ\t\tdraft\t
        shinjuku-station\tterm\tstation\t新宿駅\tしんじゅくえき\ttrain\tdraft\t

        """
    static let english = """
        id\ttext\tstatus\tnote
        fire\tfire | blaze\treviewed\t
        evacuation-shelter\tevacuation shelter\tdraft\t
        shinjuku-station\tShinjuku Station\tdraft\t

        """
    static let vietnamese = """
        id\ttext\tstatus\tnote
        fire\thỏa hoạn | cháy\tdraft\t
        evacuation-shelter\tnơi lánh nạn\tdraft\t

        """
    static let thai = """
        id\ttext\tstatus\tnote
        fire\tไฟไหม้\tdraft\t

        """

    static var files: [String: String] {
        ["languages.tsv": languages, "concepts.tsv": concepts, "en.tsv": english, "vi.tsv": vietnamese, "th.tsv": thai]
    }

    /// The files as ``DictionaryFiles``, with some replaced.
    static func dictionaryFiles(replacing replacements: [String: String] = [:]) -> DictionaryFiles {
        var all = files
        for (name, text) in replacements {
            all[name] = text
        }
        return DictionaryFiles(files: all.mapValues { Array($0.utf8) }, version: "test")
    }

    /// A temporary data folder with the files; removed by the caller with `FileManager.removeItem`.
    static func folder(replacing replacements: [String: String] = [:]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tsuho-test-\(UUID().uuidString)")
        let dictionaries = root.appendingPathComponent("Dictionaries")
        try FileManager.default.createDirectory(at: dictionaries, withIntermediateDirectories: true)
        try Data("test\n".utf8).write(to: dictionaries.appendingPathComponent("VERSION"))
        var all = files
        for (name, text) in replacements {
            all[name] = text
        }
        for (name, text) in all {
            try Data(text.utf8).write(to: dictionaries.appendingPathComponent(name))
        }
        return root
    }

    /// The bundled dictionary, loaded once for all tests that only read it.
    static let bundled: Result<Lexicon, any Error> = Result { try Lexicon.bundled() }

    /// The repository's top level, found from this file.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
}
