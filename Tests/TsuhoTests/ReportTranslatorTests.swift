import Foundation
import Testing
import Tsuho

/// The main job end to end on the bundled data: negation and questions per language, the always-red
/// findings, transfers, facts, next questions and the interpreter recommendation.
struct ReportTranslatorTests {
    static let translator: Result<ReportTranslator, any Error> = Result { try ReportTranslator.bundled() }

    static func view(_ text: String, line: ReportLine = .unknown, language: LanguageCode? = nil) throws
        -> OperatorView
    {
        try translator.get().translate(
            Report(id: "test", line: line, languageHint: language, message: Array(text.utf8)))
    }

    @Test(arguments: [
        ("my husband is not breathing", "breathing", "no"),
        ("my husband is breathing", "breathing", "yes"),
        ("mi padre no respira", "breathing", "no"),
        ("mi padre no tiene respiración", "breathing", "no"),
        ("bố tôi không thở", "breathing", "no"),
        ("呼吸がない", "breathing", "no"),
        ("呼吸はあります", "breathing", "yes"),
        ("意識がありません", "conscious", "no"),
        ("no bleeding", "bleeding", "no"),
    ])
    func negationTurnsTheFact(text: String, fact: String, value: String) throws {
        let view = try Self.view(text, line: .fire)
        let key = try #require(KeyFact(rawValue: fact))
        #expect(view.facts.stated[key] == value, "\(text): \(view.facts.stated)")
    }

    @Test(arguments: [
        "my mother is not breathing", "el niño no respira", "me toi khong tho", "母が息をしていない",
        "he is unconscious", "ông ấy bất tỉnh", "there is a lot of bleeding from his leg",
        "fire! my son is trapped on the 3rd floor", "火事です。子どもが逃げ遅れています",
        "no, he is not breathing", "no no my father is unconscious",
    ])
    func alwaysRedFindingsAreRed(text: String) throws {
        let view = try Self.view(text)
        #expect(view.urgency == .red, "\(text): \(String(describing: view.urgency)) \(view.evidence.map(\.conceptID))")
    }

    @Test func typographicApostrophesMatchFormsWrittenWithStraightOnes() throws {
        let curly = try Self.view("my dad can’t breathe")
        let straight = try Self.view("my dad can't breathe")
        #expect(curly.evidence.map(\.conceptID) == straight.evidence.map(\.conceptID))
        #expect(curly.evidence.contains { $0.conceptID == "difficulty-breathing" })
    }

    @Test func aQuestionStatesNothing() throws {
        let view = try Self.view("is he breathing? I don't know what to do", line: .fire)
        #expect(view.facts.stated[.breathing] == nil)
        #expect(view.evidence.contains { $0.asked })
    }

    @Test func aFireTextedToThePoliceIsTransferred() throws {
        let view = try Self.view("Tengo un incendio en mi casa", line: .police)
        #expect(view.line.line == .fire)
        #expect(view.line.transfer)
        #expect(view.incident == .fire)
        #expect(view.line.reason.contains("転送"))
    }

    @Test func aTheftTextedTo119GoesTo110() throws {
        let view = try Self.view("someone stole my bag at the station", line: .fire)
        #expect(view.line.line == .police)
        #expect(view.incident == .crime)
        #expect(view.line.transfer)
    }

    @Test func factsAreExtracted() throws {
        let view = try Self.view(
            "2 people hurt near Shinjuku station, my father is 72 years old, call 090-1234-5678", line: .fire)
        #expect(view.facts.peopleCount == 2)
        #expect(view.facts.ages == [72])
        #expect(view.facts.phoneNumbers == ["090-1234-5678"])
        #expect(view.facts.places.contains { $0.conceptID == "shinjuku-station" })
        #expect(!view.missing.contains(.address))
        #expect(!view.missing.contains(.phone))
        let japanese = try Self.view("新宿区西新宿2丁目8番地で火事、3人が逃げ遅れ", line: .fire)
        #expect(japanese.facts.places.contains { $0.source == .address })
        #expect(japanese.facts.peopleCount == 3)
    }

    @Test func nextQuestionsAreRenderedForTheCaller() throws {
        let view = try Self.view("co chay o nha toi", line: .fire)
        #expect(view.language.code == "vi")
        #expect(!view.questions.isEmpty && view.questions.count <= 3)
        for question in view.questions {
            #expect(question.caller?.language == "vi")
            #expect(question.easyJapanese != nil)
            #expect(!question.japanese.isEmpty)
        }
        #expect(view.questions.first?.asks == view.missing.first)
    }

    @Test func uncertainLanguageRecommendsAnInterpreterAndSendsNoGuess() throws {
        let view = try Self.view("ok")
        #expect(view.interpreter.recommended)
        #expect(view.questions.allSatisfy { $0.caller == nil })
        let gibberish = try Self.view("zxqv wrrt plok mnnb")
        #expect(gibberish.interpreter.recommended)
        #expect(gibberish.urgency == nil)
        #expect(gibberish.interpreter.reasons.contains { $0.contains("理解") })
    }

    @Test func romajiIsUnderstood() throws {
        let view = try Self.view("kaji desu tasukete, shinjuku eki no chikaku")
        #expect(view.language.code == "ja-Latn")
        #expect(view.incident == .fire)
        #expect(view.facts.places.contains { $0.conceptID == "shinjuku-station" })
    }

    @Test func jsonHasTheDocumentedKeys() throws {
        let view = try Self.view("Tengo un incendio, mi hijo no respira", line: .fire)
        let data = try JSONEncoder().encode(view)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        for key in ["language", "line", "incident", "urgency", "facts", "missing", "questions", "interpreter"] {
            #expect(object[key] != nil, "\(key)")
        }
        let language = try #require(object["language"] as? [String: Any])
        #expect(language["code"] as? String == "es")
        #expect(language["confidence"] is Double)
    }

    /// The hand-written JSON says exactly what `JSONEncoder` says of the same view, byte for byte once
    /// both are parsed, for reports that exercise every member: flags, segments, facts, transfers, typos.
    @Test(arguments: [
        "Tengo un incendio, mi hijo no respira", "co chay o ga Shinjuku, me toi khong tho, ba 70 tuoi, 090-1234-5678",
        "my father collapsed at Ueno station \"he\" is not breathing\\ 72 years old\u{202E}evil\u{202C}\t3 people",
        "救护车快来，我妈妈晕倒了，新宿区西新宿2丁目8番1号", "someone stole my bag near Shibuya, is the fire dangerous?",
        "\u{07}\u{1B} ???", "kaji desu tasukete, shinjuku eki no chikaku",
    ])
    func handWrittenJSONMatchesTheEncoder(text: String) throws {
        let view = try Self.view(text, line: .police)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let expected = try JSONSerialization.jsonObject(with: try encoder.encode(view)) as? NSDictionary
        let written = view.jsonUTF8()
        let actual = try JSONSerialization.jsonObject(with: Data(written)) as? NSDictionary
        #expect(actual != nil)
        #expect(actual == expected)
        #expect(written.last == UInt8(ascii: "}") && !written.contains(0x0A))
    }

    @Test(arguments: ["", " ", "😀😀😀", String(repeating: "あ", count: 2_700), "\u{07}\u{08}\u{1B}"])
    func oddTextsNeverCrash(text: String) throws {
        if text.isEmpty {
            #expect(throws: IntakeError.self) { try Self.view(text) }
        } else {
            let view = try Self.view(text)
            #expect(view.original.isEmpty == false)
        }
    }
}
