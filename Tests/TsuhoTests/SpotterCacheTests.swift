import Foundation
import Testing
import Tsuho

/// The spotter's cache file: the same hits whether built or read, and a damaged, truncated, stale or
/// unwritable cache only means building again.
struct SpotterCacheTests {
    static let texts = [
        "co chay o ga Shinjuku, me toi khong tho, ba 70 tuoi", "新宿駅の東口で火事です。呼吸はありますが意識がありません",
        "Tengo un incendio, mi hijo no respira", "my father can’t breathe, call an AED", "ไฟไหม้ที่บ้าน ช่วยด้วย",
    ]

    static func hits(_ spotter: TermSpotter) throws -> [[String]] {
        try texts.map { text in
            try spotter.spot(text, allOverlaps: true).map {
                "\($0.conceptID)/\($0.language)/\($0.text)/\($0.match.name)/\($0.utf8Range)"
            }
        }
    }

    static func temporaryDirectory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("tsuho-cache-\(UUID().uuidString)")
    }

    static func cacheFiles(_ directory: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.lastPathComponent.hasPrefix("spotter-") }
    }

    @Test func aCachedSpotterFindsWhatABuiltOneFinds() throws {
        let lexicon = try Lexicon.bundled()
        let directory = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let expected = try Self.hits(TermSpotter(lexicon: lexicon))
        let first = try TermSpotter(lexicon: lexicon, cacheDirectory: directory)
        #expect(try Self.cacheFiles(directory).count == 1)
        let second = try TermSpotter(lexicon: lexicon, cacheDirectory: directory)
        #expect(try Self.hits(first) == expected)
        #expect(try Self.hits(second) == expected)
        #expect(second.statistics == first.statistics)
        #expect(expected.allSatisfy { !$0.isEmpty })
    }

    @Test(arguments: ["truncated", "flipped", "empty", "garbage"])
    func aDamagedCacheIsRebuilt(damage: String) throws {
        let lexicon = try Lexicon.bundled()
        let directory = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let expected = try Self.hits(TermSpotter(lexicon: lexicon, cacheDirectory: directory))
        let file = try #require(try Self.cacheFiles(directory).first)
        let original = try Data(contentsOf: file)
        var bytes = original
        switch damage {
        case "truncated": bytes = bytes.prefix(bytes.count / 2)
        case "flipped": bytes[bytes.count - 100] ^= 0x5A
        case "empty": bytes = Data()
        default: bytes = Data((0..<5_000).map { UInt8(truncatingIfNeeded: $0 &* 37) })
        }
        try bytes.write(to: file)
        #expect(try Self.hits(TermSpotter(lexicon: lexicon, cacheDirectory: directory)) == expected)
        // The rebuilt tables replaced the damaged file, byte for byte as before.
        #expect(try Data(contentsOf: file) == original)
    }

    @Test func anUnwritableCacheStillSpots() throws {
        let lexicon = try Lexicon.bundled()
        let file = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: file) }
        // A file where the directory should be: nothing can be written under it.
        try Data("not a directory".utf8).write(to: file)
        let spotter = try TermSpotter(lexicon: lexicon, cacheDirectory: file)
        #expect(try Self.hits(spotter) == Self.hits(TermSpotter(lexicon: lexicon)))
    }

    @Test func anEditedDictionaryMissesTheCache() throws {
        let directory = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let original = TestData.dictionaryFiles()
        _ = try TermSpotter(lexicon: Lexicon(files: original), cacheDirectory: directory)
        var files = original
        let english = String(decoding: try #require(files.files["en.tsv"]), as: UTF8.self)
        files.files["en.tsv"] = Array(
            english.replacingOccurrences(of: "\nfire\tfire | ", with: "\nfire\tfirestorm | ").utf8)
        let spotter = try TermSpotter(lexicon: Lexicon(files: files), cacheDirectory: directory)
        #expect(try Self.cacheFiles(directory).count == 2)
        #expect(try spotter.spot("a firestorm").map(\.conceptID) == ["fire"])
    }
}
