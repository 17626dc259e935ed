/// A stretch of text in one script, for splitting mixed texts ("Help! 火事です").
///
/// Characters of no specific script (spaces, digits, punctuation, emoji) join the run before them, or
/// the first run when the text starts with them; Han, hiragana and katakana form one run (`Jpan`)
/// because Japanese mixes them in every sentence.
public struct ScriptRun: Sendable, Hashable {
    /// The ISO 15924 code of the run's script (`Latn`, `Cyrl`, `Jpan` for Han and kana, `Hang`, `Thai` …),
    /// or `Zyyy` for a text with no letters at all.
    public let script: String
    /// Where the run is in the text.
    public let range: Range<String.Index>
    /// Its UTF-8 offsets in the text.
    public let utf8Range: Range<Int>

    /// Splits a text into runs of one script.
    ///
    /// - Parameter text: Any text.
    /// - Returns: The runs in text order, covering the whole text; empty for an empty text.
    public static func runs(of text: String) -> [ScriptRun] {
        var runs: [(script: Int32, start: String.Index)] = []
        var index = text.startIndex
        let scalars = text.unicodeScalars
        while index < text.endIndex {
            let scalar = scalars[index]
            var script: Int32
            if scalar.isASCII {
                let value = scalar.value
                let isLetter = (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
                script = isLetter ? latin : ICUBridge.commonScript
            } else {
                script = ICUBridge.script(of: scalar)
            }
            if script == hiragana || script == katakana { script = han }
            let neutral =
                script == ICUBridge.commonScript || script == ICUBridge.inheritedScript
                || script == ICUBridge.unknownScript
            if !neutral, runs.last?.script != script {
                if runs.count == 1, runs[0].script == ICUBridge.commonScript {
                    runs[0].script = script
                } else {
                    runs.append((script, index))
                }
            } else if runs.isEmpty {
                runs.append((ICUBridge.commonScript, index))
            }
            index = scalars.index(after: index)
        }
        let utf8 = text.utf8
        return runs.enumerated().map { position, run in
            let end = position + 1 < runs.count ? runs[position + 1].start : text.endIndex
            let lower = utf8.distance(from: utf8.startIndex, to: run.start)
            let upper = utf8.distance(from: utf8.startIndex, to: end)
            let code = run.script == han ? "Jpan" : ICUBridge.scriptCode(run.script)
            return ScriptRun(script: code, range: run.start..<end, utf8Range: lower..<upper)
        }
    }

    private static let latin: Int32 = ICUBridge.script(code: "Latn") ?? 25
    private static let han: Int32 = ICUBridge.script(code: "Hani") ?? 17
    private static let hiragana: Int32 = ICUBridge.script(code: "Hira") ?? 20
    private static let katakana: Int32 = ICUBridge.script(code: "Kana") ?? 22
}
