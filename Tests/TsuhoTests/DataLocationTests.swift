import Foundation
import Testing
import Tsuho

struct DataLocationTests {
    /// The repository's top level, found from this file.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func bundledDataIsFoundWithItsVersion() throws {
        let bundled = try DataLocation.bundled()
        #expect(bundled.isBundled)
        #expect(try !bundled.version().isEmpty)
        #expect(FileManager.default.fileExists(atPath: bundled.dictionaries.appendingPathComponent("README.md").path))
        #expect(FileManager.default.fileExists(atPath: bundled.pictograms.appendingPathComponent("README.md").path))
    }

    @Test func aFolderCanStandInForTheBundle() throws {
        let location = try DataLocation(folder: Self.repository)
        #expect(!location.isBundled)
        #expect(try location.version() == DataLocation.bundled().version())
    }

    @Test func aFolderWithoutDictionariesIsRefusedByName() {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("tsuho-empty-\(UUID().uuidString)")
        #expect {
            _ = try DataLocation(folder: empty)
        } throws: { error in
            let error = error as? DataError
            return error?.code == .missing && error?.message.contains(empty.path) == true
        }
    }

    @Test func versionFileThatIsNotUTF8IsRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tsuho-bad-\(UUID().uuidString)")
        let dictionaries = folder.appendingPathComponent("Dictionaries")
        try FileManager.default.createDirectory(at: dictionaries, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data([0x32, 0xFF]).write(to: dictionaries.appendingPathComponent("VERSION"))
        #expect {
            _ = try DataLocation(folder: folder).version()
        } throws: { error in
            (error as? DataError)?.message.contains("byte offset 1") == true
        }
    }
}
