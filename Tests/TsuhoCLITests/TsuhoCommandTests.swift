import ArgumentParser
import Foundation
import Testing
import TsuhoText

@testable import TsuhoCLI

struct TsuhoCommandTests {
    @Test func textSubcommandsParse() throws {
        let fold = try TsuhoCommand.parseAsRoot(["text", "fold", "--json", "ｷｭｳｷｭｳｼｬ"])
        let command = try #require(fold as? TextCommand.Fold)
        #expect(command.input.json)
        #expect(command.options == .searchKey)
        let withDiacritics = try #require(
            try TsuhoCommand.parseAsRoot(["text", "fold", "--diacritics", "--no-kana", "x"]) as? TextCommand.Fold)
        #expect(withDiacritics.options == [.caseFold, .width, .diacritics])
        #expect(
            try TsuhoCommand.parseAsRoot(["text", "transliterate", "--id", "Katakana-Latin", "キ"])
                is TextCommand.Transliterate)
        #expect(try TsuhoCommand.parseAsRoot(["text", "segment", "--locale", "th", "-"]) is TextCommand.Segment)
        #expect(try TsuhoCommand.parseAsRoot(["text", "scripts", "abc"]) is TextCommand.Scripts)
        #expect(try TsuhoCommand.parseAsRoot(["text", "normalize", "--form", "nfkc_cf", "x"]) is TextCommand.Normalize)
    }

    @Test func unknownFormIsAUsageError() {
        #expect(throws: (any Error).self) {
            _ = try TsuhoCommand.parseAsRoot(["text", "normalize", "--form", "nfx", "x"])
        }
    }
}
