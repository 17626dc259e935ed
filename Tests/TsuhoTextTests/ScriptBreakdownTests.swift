import Testing
import TsuhoText

struct ScriptBreakdownTests {
    @Test func mixedTextGivesSharesLargestFirst() {
        let breakdown = ScriptBreakdown(of: "火事です fire!")
        #expect(breakdown.scripts.map(\.code) == ["Latn", "Hani", "Hira"])
        #expect(breakdown.share(of: "Latn") == 0.5)
        #expect(breakdown.share(of: "Hani") == 0.25)
        #expect(breakdown.neutralCount == 2)
        #expect(abs(breakdown.scripts.map(\.share).reduce(0, +) - 1) < 1e-9)
    }

    @Test func marksAndProlongedSoundsBelongToTheirScript() {
        let katakana = ScriptBreakdown(of: "ガーゼ")
        #expect(katakana.scripts.map(\.code) == ["Kana"])
        #expect(katakana.scripts.first?.count == 3)
        let decomposed = ScriptBreakdown(of: "e\u{301}")
        #expect(decomposed.scripts.first?.count == 2)
    }

    @Test func manyScripts() {
        let breakdown = ScriptBreakdown(of: "ไฟ 불 आग حريق пожар")
        #expect(Set(breakdown.scripts.map(\.code)) == ["Thai", "Hang", "Deva", "Arab", "Cyrl"])
    }

    @Test func textWithoutLettersHasNoScripts() {
        let breakdown = ScriptBreakdown(of: "😀 123 !!")
        #expect(breakdown.scripts.isEmpty)
        #expect(breakdown.neutralCount == 8)
    }
}
