/// The scripts of a text with their shares, largest first.
///
/// Characters of no specific script (spaces, digits, punctuation, emoji: Unicode's Common and
/// Inherited) are counted in ``neutralCount`` and left out of the shares, except where they belong to the
/// script before them (a combining accent after a Latin letter, ー after katakana):
///
/// ```swift
/// let breakdown = ScriptBreakdown(of: "火事です fire!")
/// breakdown.scripts.map(\.code)  // ["Latn", "Han", "Hira"]
/// ```
public struct ScriptBreakdown: Sendable, Hashable, Codable {
    /// The scripts, by count, largest first (ties by code).
    public let scripts: [ScriptShare]
    /// Scalars of no specific script.
    public let neutralCount: Int

    /// Counts the scripts of a text.
    ///
    /// - Parameter text: Any text.
    public init(of text: String) {
        var counts: [Int32: Int] = [:]
        var neutral = 0
        var previous: Int32?
        for scalar in text.unicodeScalars {
            var script: Int32
            if scalar.isASCII {
                let value = scalar.value
                let isLetter = (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
                script = isLetter ? Self.latin : ICUBridge.commonScript
            } else {
                script = ICUBridge.script(of: scalar)
            }
            if script == ICUBridge.commonScript || script == ICUBridge.inheritedScript
                || script == ICUBridge.unknownScript
            {
                if let previous, !scalar.isASCII,
                    script == ICUBridge.inheritedScript || ICUBridge.scriptExtensions(of: scalar, contain: previous)
                {
                    script = previous
                } else {
                    neutral += 1
                    if scalar.properties.isWhitespace || scalar.isASCII {
                        previous = nil
                    }
                    continue
                }
            }
            counts[script, default: 0] += 1
            previous = script
        }
        let total = counts.values.reduce(0, +)
        scripts = counts.map { script, count in
            ScriptShare(
                code: ICUBridge.scriptCode(script), name: ICUBridge.scriptName(script), count: count,
                share: Double(count) / Double(total))
        }
        .sorted { $0.count != $1.count ? $0.count > $1.count : $0.code < $1.code }
        neutralCount = neutral
    }

    /// The share of a script by ISO 15924 code, 0 when the text has none of it.
    ///
    /// - Parameter code: An ISO 15924 code such as "Thai".
    /// - Returns: The share, from 0 to 1.
    public func share(of code: String) -> Double {
        scripts.first { $0.code == code }?.share ?? 0
    }

    private static let latin: Int32 = ICUBridge.script(code: "Latn") ?? 25
}
