public import Foundation
public import TsuhoText

/// A text conversation with one caller: the transcript, and the operator's replies rendered into the
/// caller's language.
///
/// The operator answers by phrase id and arguments; free Japanese goes out only to callers who read
/// Japanese (`ja`, `ja-x-easy`, or romaji), because a machine translation of free text in an
/// emergency is worse than none: other languages go through phrases or an interpreter.
///
/// ```swift
/// var session = ConversationSession(translator: translator, reportID: "R-1", line: .fire)
/// let view = try session.receive(Array("co chay".utf8))
/// let sent = try session.reply(phrase: "q119-address")
/// ```
public struct ConversationSession: Sendable {
    /// The translator the session uses.
    public let translator: ReportTranslator
    /// The report id.
    public let reportID: String
    /// The line the conversation reached.
    public let line: ReportLine
    /// The caller's language: from the channel, or once identified with confidence.
    public private(set) var callerLanguage: LanguageCode?
    /// Every message, oldest first.
    public private(set) var transcript: [TranscriptEntry] = []
    private let clock: @Sendable () -> Date

    /// Starts a session.
    ///
    /// - Parameters:
    ///   - translator: The translator.
    ///   - reportID: The report id.
    ///   - line: The line reached.
    ///   - language: The caller's language if the channel knows it.
    ///   - clock: The time source (injected so tests are deterministic).
    public init(
        translator: ReportTranslator, reportID: String, line: ReportLine, language: LanguageCode? = nil,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.translator = translator
        self.reportID = reportID
        self.line = line
        callerLanguage = language
        self.clock = clock
    }

    /// Takes a caller's message: translates it with the earlier messages as context and records it.
    ///
    /// - Parameter message: The message bytes.
    /// - Returns: The operator's view of the message.
    /// - Throws: ``IntakeError`` for bytes intake refuses (nothing is recorded then).
    public mutating func receive(_ message: [UInt8]) throws -> OperatorView {
        let earlier = transcript.map { entry in
            ReportMessage(
                author: entry.author == .caller ? .caller : .operatorDesk, time: entry.time, text: entry.original)
        }
        let now = clock()
        let view = try translator.translate(
            Report(
                id: reportID, line: line, receivedAt: now, channel: "chat", languageHint: callerLanguage,
                message: message, earlierMessages: earlier))
        if callerLanguage == nil, view.language.confident { callerLanguage = view.language.code }
        let gloss = view.terms.map { "\($0.text)=\($0.japanese)" }.joined(separator: "、")
        transcript.append(
            TranscriptEntry(
                author: .caller, language: view.language.code, original: view.original, japaneseGloss: gloss,
                phraseID: nil, time: now))
        return view
    }

    /// Sends a phrase in the caller's language.
    ///
    /// - Parameters:
    ///   - phrase: The phrase id.
    ///   - arguments: Its arguments.
    /// - Returns: The rendered phrase as sent.
    /// - Throws: ``ConversationError`` while the caller's language is unknown; ``PhrasebookError`` for
    ///   an unknown phrase, a language without it, or arguments that do not fit.
    public mutating func reply(phrase: String, arguments: [String: MessageArgument] = [:]) throws -> RenderedPhrase {
        guard let language = callerLanguage else {
            throw ConversationError(
                message:
                    "The caller's language is not known yet: send やさしい日本語 with pictograms or bring in an interpreter.")
        }
        let target: LanguageCode = language == LanguageIdentifier.romanizedJapanese ? "ja-x-easy" : language
        let rendered = try translator.phrasebook.render(phrase, in: target, arguments: arguments)
        let japanese = try translator.phrasebook.render(phrase, in: .japanese, arguments: arguments)
        transcript.append(
            TranscriptEntry(
                author: .operatorDesk, language: target, original: rendered.message, japaneseGloss: japanese.text,
                phraseID: phrase, time: clock()))
        return rendered
    }

    /// Sends the operator's own Japanese, only to a caller who reads Japanese.
    ///
    /// - Parameter japanese: The operator's text.
    /// - Throws: ``ConversationError`` when the caller's language is not Japanese.
    public mutating func replyInJapanese(_ japanese: String) throws {
        let readsJapanese: Set<LanguageCode> = [.japanese, "ja-x-easy", LanguageIdentifier.romanizedJapanese]
        guard let language = callerLanguage, readsJapanese.contains(language) else {
            let named = callerLanguage.map { "a \($0) caller" } ?? "a caller whose language is unknown"
            throw ConversationError(
                message: "Free Japanese does not go to \(named): use a phrase (tsuho reply) or an interpreter.")
        }
        transcript.append(
            TranscriptEntry(
                author: .operatorDesk, language: .japanese, original: japanese, japaneseGloss: japanese, phraseID: nil,
                time: clock()))
    }
}
