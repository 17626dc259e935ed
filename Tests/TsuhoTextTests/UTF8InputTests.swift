import Testing
import TsuhoText

struct UTF8InputTests {
    @Test func validBytesDecode() throws {
        #expect(try UTF8Input.decode(Array("火事 fire".utf8), source: "test") == "火事 fire")
        #expect(UTF8Input.firstInvalidOffset(in: Array("ok".utf8)) == nil)
    }

    @Test func theFirstBadByteIsNamed() {
        #expect(UTF8Input.firstInvalidOffset(in: [0x61, 0x62, 0xFF, 0x63]) == 2)
        #expect(UTF8Input.firstInvalidOffset(in: [0xE7, 0x81]) == 0)
        #expect(UTF8Input.firstInvalidOffset(in: Array("火".utf8) + [0xC0, 0x80]) == 3)
        #expect {
            _ = try UTF8Input.decode([0x61, 0xFF], source: "Standard input")
        } throws: { error in
            let error = error as? TextError
            return error?.offset == 1
                && error?.message == "Standard input is not valid UTF-8: invalid byte 0xFF at byte offset 1."
        }
    }

    @Test func versionsAreReported() {
        #expect(UnicodeVersions.icu.hasPrefix("72") || !UnicodeVersions.icu.isEmpty)
        #expect(UnicodeVersions.unicode.split(separator: ".").count >= 2)
    }
}
