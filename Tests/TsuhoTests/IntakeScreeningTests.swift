import Testing
import Tsuho

/// Intake keeps the caller's bytes, refuses what it must with an offset or size, and flags what could
/// trick an operator's screen.
struct IntakeScreeningTests {
    let screening = IntakeScreening()

    @Test func keepsBytesVerbatim() throws {
        let bytes = Array("Ｈｅｌｐ！ 火事です 🔥 café".utf8)
        let text = try screening.accept(bytes)
        #expect(text.bytes == bytes)
        #expect(text.flags.isEmpty)
        #expect(text.displaySafe == text.text)
    }

    @Test func refusesInvalidUTF8AtItsOffset() {
        #expect(throws: IntakeError(reason: .invalidUTF8(offset: 3))) {
            try screening.accept([0x61, 0x62, 0x63, 0xFF, 0x64])
        }
        #expect(throws: IntakeError(reason: .invalidUTF8(offset: 1))) { try screening.accept([0x61, 0xE3, 0x81]) }
    }

    @Test func refusesOversizeAndEmpty() {
        let small = IntakeScreening(maxMessageBytes: 10)
        #expect(throws: IntakeError(reason: .tooLarge(bytes: 11, limit: 10))) {
            try small.accept(Array("hello world".utf8))
        }
        #expect(throws: IntakeError(reason: .empty)) { try screening.accept([]) }
        #expect(throws: IntakeError.self) { try screening.accept([UInt8](repeating: 0x41, count: 8 * 1024 + 1)) }
    }

    @Test func flagsBidiControlAndZeroWidthAndShowsThem() throws {
        let text = try screening.accept(Array("fire at \u{202E}321 moor\u{202C} a\u{200B}b \u{07}!".utf8))
        #expect(text.flags.map(\.kind) == [.bidiControl, .bidiControl, .zeroWidth, .control])
        #expect(text.flags.first?.utf8Range == 8..<11)
        #expect(text.displaySafe == "fire at ⟦U+202E⟧321 moor⟦U+202C⟧ a⟦U+200B⟧b ⟦U+0007⟧!")
        #expect(text.text == "fire at \u{202E}321 moor\u{202C} a\u{200B}b \u{07}!")  // nothing removed
    }

    @Test func everyIsolateAndOverrideIsFlagged() throws {
        for value in Array(0x202A...0x202E) + Array(0x2066...0x2069) {
            let scalar = try #require(Unicode.Scalar(value))
            let text = try screening.accept(Array("a\(Character(scalar))b".utf8))
            #expect(text.flags.map(\.kind) == [.bidiControl], "U+\(String(value, radix: 16))")
        }
    }

    @Test func joinersInEmojiAndIndicAreNotFlagged() throws {
        #expect(try screening.accept(Array("👨‍👩‍👧 family".utf8)).flags.isEmpty)
        #expect(try screening.accept(Array("क्‍ष".utf8)).flags.isEmpty)
        #expect(try screening.accept(Array("he\u{200D}lp".utf8)).flags.map(\.kind) == [.zeroWidth])
    }

    @Test func mixedScriptLookAlikeWordsAreFlagged() throws {
        // "police" with a Cyrillic о and а-like letters.
        let text = try screening.accept(Array("call the p\u{043E}lice now".utf8))
        #expect(text.flags.map(\.kind) == [.lookAlike])
        #expect(text.flags.first?.detail == "p\u{043E}lice")
    }

    @Test func everyControlCharacterIsFlaggedButNeverCrashes() throws {
        for value in Array(0...0x1F) + Array(0x7F...0x9F) where value != 0x0A && value != 0x09 {
            let scalar = try #require(Unicode.Scalar(value))
            let text = try screening.accept(Array("x\(Character(scalar))y".utf8))
            #expect(text.flags.map(\.kind) == [.control])
        }
    }
}
