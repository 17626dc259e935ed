import Foundation
import Testing
import Tsuho
import TsuhoText

/// A conversation keeps its transcript, answers by phrase in the caller's language, and refuses free
/// Japanese to callers who do not read it.
struct ConversationSessionTests {
    static let start = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func transcriptKeepsWhoWhatAndWhen() throws {
        let translator = try ReportTranslatorTests.translator.get()
        var session = ConversationSession(
            translator: translator, reportID: "R-7", line: .fire, clock: { Self.start })
        let view = try session.receive(Array("co chay o ga Shinjuku".utf8))
        #expect(view.incident == .fire)
        #expect(session.callerLanguage == "vi")
        let sent = try session.reply(phrase: "confirm-injured-count", arguments: ["count": 2])
        #expect(sent.language == "vi")
        #expect(sent.text.contains("2"))
        #expect(session.transcript.count == 2)
        let first = try #require(session.transcript.first)
        #expect(first.author == .caller)
        #expect(first.original == "co chay o ga Shinjuku")
        #expect(first.japaneseGloss.contains("火事"))
        #expect(first.time == Self.start)
        let second = try #require(session.transcript.last)
        #expect(second.author == .operatorDesk)
        #expect(second.phraseID == "confirm-injured-count")
        #expect(second.japaneseGloss.contains("2"))
    }

    @Test func earlierMessagesAreNotAskedAgain() throws {
        let translator = try ReportTranslatorTests.translator.get()
        var session = ConversationSession(translator: translator, reportID: "R-11", line: .fire, language: "en")
        let first = try session.receive(Array("fire near Shinjuku station, call me 090-1234-5678".utf8))
        #expect(!first.missing.contains(.address))
        let second = try session.receive(Array("my mother is not breathing".utf8))
        #expect(second.urgency == .red)
        #expect(!second.missing.contains(.address))
        #expect(!second.missing.contains(.phone))
        #expect(second.facts.places.contains { $0.conceptID == "shinjuku-station" })
    }

    @Test func freeJapaneseGoesOnlyToJapaneseReaders() throws {
        let translator = try ReportTranslatorTests.translator.get()
        var vietnamese = ConversationSession(translator: translator, reportID: "R-8", line: .fire, language: "vi")
        #expect(throws: ConversationError.self) { try vietnamese.replyInJapanese("すぐ行きます") }
        #expect(vietnamese.transcript.isEmpty)
        var japanese = ConversationSession(translator: translator, reportID: "R-9", line: .fire, language: "ja-x-easy")
        try japanese.replyInJapanese("すぐ 行きます")
        #expect(japanese.transcript.count == 1)
    }

    @Test func phrasesWaitForTheCallersLanguage() throws {
        let translator = try ReportTranslatorTests.translator.get()
        var session = ConversationSession(translator: translator, reportID: "R-10", line: .police)
        #expect(throws: ConversationError.self) { try session.reply(phrase: "q110-what-happened") }
        #expect(throws: IntakeError.self) { try session.receive([0xFF]) }
        #expect(session.transcript.isEmpty)
    }
}
