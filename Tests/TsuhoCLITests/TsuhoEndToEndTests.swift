import Foundation
import Testing

/// Runs the built `tsuho` program as a user would, through a pipe.
struct TsuhoEndToEndTests {
    struct Run {
        let status: Int32
        let output: String
        let error: String
    }

    static func tsuho(_ arguments: [String], input: [UInt8] = []) throws -> Run {
        let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let executable = directory.appendingPathComponent("tsuho")
        try #require(
            FileManager.default.isExecutableFile(atPath: executable.path),
            "the tsuho program is not built beside the tests at \(executable.path)")
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let error = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
            error: String(decoding: error, as: UTF8.self))
    }

    @Test func foldJSONShowsHiraganaAndTheMap() throws {
        let run = try Self.tsuho(["text", "fold", "--json", "ｷｭｳｷｭｳｼｬ"])
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(json["folded"] as? String == "きゅうきゅうしゃ")
        let map = try #require(json["map"] as? [[String: Any]])
        #expect(map.count == 8)
        #expect(map.first?["original"] as? String == "ｷ")
        #expect(map.first?["originalUTF8"] as? [Int] == [0, 3])
    }

    @Test func standardInputThatIsNotUTF8ExitsWith65AndTheOffset() throws {
        let run = try Self.tsuho(["text", "fold", "-"], input: [0x66, 0x69, 0x72, 0x65, 0xC3, 0x28])
        #expect(run.status == 65)
        #expect(run.error.contains("byte offset 4"))
    }

    @Test func standardInputIsRead() throws {
        let run = try Self.tsuho(["text", "transliterate", "--id", "Hiragana-Latin", "-"], input: Array("ひなんじょ".utf8))
        #expect(run.status == 0)
        #expect(run.output == "hinanjo\n")
    }

    @Test func versionNamesTsuhoICUAndData() throws {
        let run = try Self.tsuho(["--version"])
        #expect(run.status == 0)
        #expect(run.output.contains("tsuho "))
        #expect(run.output.contains("ICU "))
        #expect(run.output.contains("data "))
    }

    @Test func unknownTransformIsAUsageErrorNamingTheId() throws {
        let run = try Self.tsuho(["text", "transliterate", "--id", "Klingon-Latin", "abc"])
        #expect(run.status == 64)
        #expect(run.error.contains("Klingon-Latin"))
    }

    @Test func everyTextCommandAcceptsJSON() throws {
        for arguments in [
            ["text", "normalize", "--json", "ｶﾞ"], ["text", "scripts", "--json", "火事 fire"],
            ["text", "segment", "--json", "--locale", "th", "ไฟไหม้"],
            ["text", "transliterate", "--json", "--id", "Katakana-Latin", "キ"],
        ] {
            let run = try Self.tsuho(arguments)
            #expect(run.status == 0, "\(arguments)")
            #expect((try? JSONSerialization.jsonObject(with: Data(run.output.utf8))) != nil, "\(arguments)")
        }
    }

    @Test func dataOptionPointsAtAnotherFolder() throws {
        let missing = try Self.tsuho(["--version", "--data", "/nonexistent-tsuho-data"])
        #expect(missing.status == 65)
        #expect(missing.error.contains("/nonexistent-tsuho-data"))
    }
}

/// The dictionary commands, run as a maintainer would.
struct DictionaryCommandTests {
    @Test func lookupPrintsTheConceptWithStatus() throws {
        let run = try TsuhoEndToEndTests.tsuho(["lookup", "hinanjo", "--to", "ja", "vi"])
        #expect(run.status == 0)
        #expect(run.output.contains("evacuation-shelter"))
        #expect(run.output.contains("romaji"))
        #expect(run.output.contains("[draft]"))
    }

    @Test func lookupJSONIsAnArrayOfResults() throws {
        let run = try TsuhoEndToEndTests.tsuho(["lookup", "--json", "Ambulancia"])
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]])
        let concept = try #require(json.first?["concept"] as? [String: Any])
        #expect(concept["id"] as? String == "ambulance")
    }

    @Test func lintIsCleanOnTheBundledData() throws {
        let run = try TsuhoEndToEndTests.tsuho(["dict", "lint", "--errors-only"])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("0 errors"))
    }

    @Test func statsJSONCountsEveryLanguage() throws {
        let run = try TsuhoEndToEndTests.tsuho(["dict", "stats", "--json"])
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect((json["concepts"] as? Int ?? 0) >= 600)
        #expect((json["languages"] as? [Any])?.count == 22)
    }

    @Test func lintFailsOnABrokenCopyWithFileLineAndColumn() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tsuho-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: repository.appendingPathComponent("Dictionaries"), to: root.appendingPathComponent("Dictionaries"))
        let vi = root.appendingPathComponent("Dictionaries/vi.tsv")
        var text = try String(contentsOf: vi, encoding: .utf8)
        // The broken row is the line after the file's last one.
        let badLine = text.split(separator: "\n", omittingEmptySubsequences: false).count
        text += "fire\tx\tdraft\n"
        try Data(text.utf8).write(to: vi)
        let run = try TsuhoEndToEndTests.tsuho(["dict", "lint", "--data", root.path, "--errors-only"])
        #expect(run.status == 1)
        #expect(run.output.contains("Dictionaries/vi.tsv:\(badLine):1: error: expected 4 columns, found 3."))
        let strict = try TsuhoEndToEndTests.tsuho(["lookup", "fire", "--data", root.path])
        #expect(strict.status == 65)
        #expect(strict.error.contains("vi.tsv:\(badLine):1"))
        let lenient = try TsuhoEndToEndTests.tsuho(["lookup", "fire", "--data", root.path, "--lenient", "--to", "vi"])
        #expect(lenient.status == 0)
        #expect(lenient.output.contains("hỏa hoạn"))
        #expect(lenient.error.contains("vi.tsv:\(badLine):1"))
    }
}
