import Testing

@testable import Tsuho

struct ByteAutomatonTests {
    static func matches(_ keys: [String], in text: String) -> [String] {
        let automaton = ByteAutomaton(keys: keys.map { Array($0.utf8) })
        var found: [String] = []
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            automaton.forEachMatch(in: buffer) { key, range in
                found.append("\(keys[Int(key)])@\(range.lowerBound)")
            }
        }
        return found.sorted()
    }

    @Test func findsEveryOccurrenceOfEveryKeyInOnePass() {
        #expect(Self.matches(["he", "she", "his", "hers"], in: "ushers") == ["he@2", "hers@2", "she@1"])
        #expect(Self.matches(["chay", "cháy", "a"], in: "co chay") == ["a@5", "chay@3"])
        #expect(Self.matches(["火事", "火"], in: "家が火事") == ["火@6", "火事@6"])
        #expect(Self.matches(["aa"], in: "aaaa") == ["aa@0", "aa@1", "aa@2"])
        #expect(Self.matches(["x", "x"], in: "x") == ["x@0", "x@0"])
        #expect(Self.matches([], in: "abc").isEmpty)
        #expect(Self.matches(["abc"], in: "").isEmpty)
    }

    @Test func agreesWithANaiveSearchOnRandomKeys() {
        var random = SystemRandomNumberGenerator()
        let alphabet = Array("abcあ".unicodeScalars).map(String.init)
        for _ in 0..<200 {
            let keys = (0..<Int.random(in: 1...12, using: &random)).map { _ in
                (0..<Int.random(in: 1...4, using: &random)).map { _ in alphabet.randomElement(using: &random) ?? "a" }
                    .joined()
            }
            let text = (0..<Int.random(in: 0...30, using: &random)).map { _ in
                alphabet.randomElement(using: &random) ?? "a"
            }
            .joined()
            let bytes = Array(text.utf8)
            var naive: [String] = []
            for key in keys {
                let keyBytes = Array(key.utf8)
                guard keyBytes.count <= bytes.count else { continue }
                for start in 0...(bytes.count - keyBytes.count)
                where Array(bytes[start..<(start + keyBytes.count)]) == keyBytes {
                    naive.append("\(key)@\(start)")
                }
            }
            #expect(Self.matches(keys, in: text) == naive.sorted(), "keys \(keys) text \(text)")
        }
    }
}
