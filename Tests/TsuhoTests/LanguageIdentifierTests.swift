import Foundation
import Testing
import Tsuho

/// Accuracy of the language identifier on the held-out messages of `Tests/Data/language-id/`.
struct LanguageIdentifierTests {
    static let identifier: Result<LanguageIdentifier, any Error> = Result {
        let location = try DataLocation(folder: TestData.repository)
        return try LanguageIdentifier(
            lexicon: TestData.bundled.get(), profiles: LanguageProfiles.load(location: location))
    }

    static func testSet() throws -> [(language: LanguageCode, lines: [String])] {
        let folder = TestData.repository.appendingPathComponent("Tests/Data/language-id")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().filter { $0.hasSuffix(".txt") }
            .map { name in
                let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                return (LanguageCode(String(name.dropLast(4))), text.split(separator: "\n").map(String.init))
            }
    }

    static let spotter: Result<TermSpotter, any Error> = Result { try TermSpotter(lexicon: TestData.bundled.get()) }

    /// Top-1 accuracy per language, alone and with the spotted dictionary terms as evidence, and never
    /// confident and wrong.
    @Test(arguments: [false, true])
    func accuracyOnHeldOutMessages(usingTerms: Bool) throws {
        let identifier = try Self.identifier.get()
        let spotter = try Self.spotter.get()
        var correct = 0
        var total = 0
        var confidentWrong: [String] = []
        var report: [String] = []
        var worst = 1.0
        for (language, lines) in try Self.testSet() {
            var right = 0
            for line in lines {
                let guesses = try identifier.identify(line, terms: usingTerms ? spotter.spot(line) : [])
                if guesses.first?.language == language {
                    right += 1
                } else if let best = guesses.first, best.confidence >= LanguageIdentifier.confidentThreshold {
                    confidentWrong.append("\(language) → \(best.language) \(best.confidence): \(line)")
                }
            }
            correct += right
            total += lines.count
            worst = min(worst, Double(right) / Double(lines.count))
            report.append("\(language) \(right)/\(lines.count)")
        }
        print(
            "language identification top-1 (terms: \(usingTerms)):", report.joined(separator: ", "),
            "overall \(correct)/\(total)")
        for line in confidentWrong { print("confident and wrong:", line) }
        #expect(total >= 25 * 22)
        #expect(Double(correct) / Double(total) >= 0.95)
        #expect(worst >= 0.85)
        #expect(confidentWrong.isEmpty)
    }

    @Test func mixedTextGivesOneSegmentPerLanguage() throws {
        let identifier = try Self.identifier.get()
        let text = "Help me please! 火事です。煙がすごいです。 My mother is not breathing, she is upstairs."
        let segments = try identifier.segments(text, terms: Self.spotter.get().spot(text))
        #expect(segments.map { $0.guesses.first?.language } == ["en", "ja", "en"])
        #expect(segments.map(\.text).joined() == text)
        for segment in segments {
            #expect(String(text[segment.range]) == segment.text)
            #expect(Array(text.utf8)[segment.utf8Range].elementsEqual(segment.text.utf8))
        }
    }

    @Test func oneLanguageTextIsOneSegment() throws {
        let identifier = try Self.identifier.get()
        let segments = try identifier.segments("Tengo un incendio en mi casa. Mi hijo no respira. Ayuda por favor.")
        #expect(segments.count == 1)
        #expect(segments.first?.guesses.first?.language == "es")
    }

    @Test func noLettersIsUnknown() throws {
        let identifier = try Self.identifier.get()
        #expect(try identifier.identify("").isEmpty)
        #expect(try identifier.identify("😀 119 !!").isEmpty)
    }
}
