public import Foundation

/// Everything the call-taker needs about one text report, in Japanese for a person
/// (``japaneseText``) and as JSON for machines (`Encodable`): the original made display-safe, the
/// language, line, incident, urgency with evidence, glossed terms, facts, missing facts, the next
/// questions already rendered, and whether to bring in an interpreter.
public struct OperatorView: Sendable, Hashable, Encodable {
    /// The report id.
    public let report: String
    /// When it arrived.
    public let receivedAt: Date
    /// The channel.
    public let channel: String
    /// The caller's text with hidden and reordering characters shown as `⟦U+202E⟧`.
    public let original: String
    /// What intake flagged in the text.
    public let flags: [IntakeFlag]
    /// The caller's language.
    public let language: LanguageSummary
    /// 110, 119 or transfer.
    public let line: LineDecision
    /// The incident, when the text says.
    public let incident: IncidentKind?
    /// Symptoms and conditions named (concept ids).
    public let symptoms: [String]
    /// The urgency, when the text says; never a guess.
    public let urgency: Urgency?
    /// The terms the urgency and incident rest on.
    public let evidence: [TriageEvidence]
    /// Every spotted term with its Japanese gloss.
    public let terms: [GlossedTerm]
    /// The facts the report gives.
    public let facts: ReportFacts
    /// Key facts still missing, in question order.
    public let missing: [KeyFact]
    /// The next one to three questions, rendered.
    public let questions: [SuggestedQuestion]
    /// Whether to bring in an interpreter.
    public let interpreter: InterpreterAdvice

    private enum CodingKeys: String, CodingKey {
        case report
        case receivedAt = "received"
        case channel, original, flags, language, line, incident, symptoms, urgency
        case evidence, terms, facts, missing, questions, interpreter
    }

    /// The view in Japanese, as the operator's screen shows it.
    public var japaneseText: String {
        var lines: [String] = []
        let time = ISO8601DateFormatter().string(from: receivedAt)
        lines.append("通報 \(report)（\(line.receivedOn.japanese)・\(channel)・\(time)）")
        lines.append("原文: \(original)")
        for flag in flags {
            let kind: String
            switch flag.kind {
            case .control: kind = "制御文字"
            case .bidiControl: kind = "文字の向きを変える制御文字"
            case .zeroWidth: kind = "見えない文字"
            case .lookAlike: kind = "紛らわしい文字の混じった語"
            }
            lines.append("  ⚠ \(kind) \(flag.detail)（バイト位置 \(flag.utf8Range.lowerBound)）")
        }
        if let code = language.code {
            let source = language.fromChannel ? "（通報アプリの設定）" : ""
            let sure = language.confident ? "" : "  ※不確か"
            let others = language.ranking.dropFirst().prefix(2).map { "\($0.language) \(Self.format($0.confidence))" }
            let alternatives = others.isEmpty ? "" : "（次点: \(others.joined(separator: ", "))）"
            lines.append("言語: \(code) 確信度 \(Self.format(language.confidence))\(source)\(sure)\(alternatives)")
        } else {
            lines.append("言語: 不明（文字なし）")
        }
        if language.segments.count > 1 {
            for segment in language.segments {
                lines.append(
                    "  「\(segment.text.trimmingCharacters(in: .whitespacesAndNewlines))」→ \(segment.guesses.first?.language.rawValue ?? "不明")"
                )
            }
        }
        lines.append("回線: \(line.line.japanese)\(line.transfer ? "  ⇒ 転送" : "")  \(line.reason)")
        lines.append("種別: \(incident?.japanese ?? "不明")")
        if let urgency {
            let basis = evidence.filter { $0.urgency == urgency && !$0.asked }.map { "「\($0.text)」" }
            lines.append(
                "緊急度: \(urgency.japanese)（\(urgency.rawValue)）  根拠: \(basis.isEmpty ? "種別からの初期値" : basis.joined(separator: " "))"
            )
        } else {
            lines.append("緊急度: 判定できません（根拠となる語がありません）")
        }
        if !terms.isEmpty {
            lines.append("語句:")
            for term in terms {
                let evidenceItem = evidence.first { $0.utf8Range == term.utf8 }
                let note = evidenceItem.map { ($0.negated ? " 否定" : "") + ($0.asked ? " 質問" : "") } ?? ""
                lines.append(
                    "  「\(term.text)」 \(term.japanese)（\(term.reading)） [\(term.language) \(term.match)\(note)] [\(term.status.rawValue)]"
                )
            }
        }
        var factLines: [String] = []
        if let people = facts.peopleCount { factLines.append("人数 \(people)") }
        if !facts.ages.isEmpty { factLines.append("年齢 \(facts.ages.map(String.init).joined(separator: "・"))歳") }
        if !facts.phoneNumbers.isEmpty { factLines.append("電話 \(facts.phoneNumbers.joined(separator: ", "))") }
        for place in facts.places { factLines.append("場所 \(place.japanese ?? place.text)") }
        for (fact, value) in facts.stated.sorted(by: { $0.key.rawValue < $1.key.rawValue })
        where ![.line, .incident].contains(fact) {
            factLines.append("\(fact.japanese): \(Self.japanese(value))")
        }
        lines.append("事実: \(factLines.isEmpty ? "なし" : factLines.joined(separator: " / "))")
        lines.append("不足: \(missing.isEmpty ? "なし" : missing.map(\.japanese).joined(separator: "、"))")
        if !questions.isEmpty {
            lines.append("次の質問:")
            for (index, question) in questions.enumerated() {
                lines.append("  \(index + 1). \(question.japanese)  [\(question.phrase)]")
                if let caller = question.caller {
                    lines.append("     \(caller.language): \(caller.text) [\(caller.status.rawValue)]")
                }
                if let easy = question.easyJapanese {
                    lines.append("     やさしい日本語: \(easy.text)")
                }
                if !question.pictograms.isEmpty {
                    lines.append("     絵: \(question.pictograms.joined(separator: ", "))")
                }
            }
        }
        let share = Int((interpreter.understoodShare * 100).rounded())
        if interpreter.recommended {
            lines.append("通訳: 推奨（\(interpreter.reasons.joined(separator: "、"))。理解できた文字は約\(share)%）")
        } else {
            lines.append("通訳: 不要（理解できた文字は約\(share)%）")
        }
        lines.append("※訳はすべて下書き（draft）です。原文を必ず確認してください。")
        return lines.joined(separator: "\n")
    }

    private static func format(_ value: Double) -> String { String(format: "%.2f", value) }

    private static func japanese(_ value: String) -> String {
        switch value {
        case "yes": "あり"
        case "no": "なし"
        case "heavy": "多量"
        default: value
        }
    }
}
