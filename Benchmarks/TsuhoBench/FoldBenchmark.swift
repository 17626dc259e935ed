import Foundation
import TsuhoText

/// Folding with the offset map, one core: Japanese text and ASCII text, as one large text and as
/// message-sized pieces.
enum FoldBenchmark {
    static let japanese = """
        新宿駅の東口で火事です。煙がたくさん出ていて、３階に逃げ遅れた人がいます。キュウキュウシャをお願いします。\
        ｷｭｳｷｭｳｼｬ も呼んでください。高齢者が倒れていて、呼吸はありますが意識がありません。住所は東京都新宿区新宿３丁目です。
        """
    static let ascii = """
        There is a fire near Shinjuku station, east exit. Lots of smoke, one person is trapped on the 3rd floor. \
        Please send an ambulance. An old man collapsed, he is breathing but not conscious. Address: 3-chome Shinjuku.
        """

    static func run() throws {
        let folder = TextFolder()
        for (name, sample) in [("Japanese", japanese), ("ASCII", ascii)] {
            let large = String(repeating: sample, count: max(1, 8_000_000 / sample.utf8.count))
            let largeBytes = large.utf8.count
            let largeSeconds = try medianSeconds(repeats: 5) {
                let folded = try folder.fold(large)
                precondition(!folded.folded.isEmpty)
            }
            print(
                "fold \(name), one \(largeBytes / 1_000_000) MB text: \(megabytesPerSecond(bytes: largeBytes, seconds: largeSeconds))"
            )
            let messages = (0..<20_000).map { "\($0) " + sample }
            let messageBytes = messages.reduce(0) { $0 + $1.utf8.count }
            let messageSeconds = try medianSeconds(repeats: 5) {
                for message in messages {
                    let folded = try folder.fold(message)
                    precondition(!folded.folded.isEmpty)
                }
            }
            let average = messageBytes / messages.count
            print(
                "fold \(name), \(messages.count) messages of ~\(average) bytes: \(megabytesPerSecond(bytes: messageBytes, seconds: messageSeconds))"
            )
        }
    }
}

/// A fixed amount of folding for instruction counts under valgrind (`tsuho-bench fold-count`): the
/// figure does not depend on what else the machine is doing.
enum FoldCountBenchmark {
    static func run() throws {
        let japanese = String(repeating: FoldBenchmark.japanese, count: 1_000_000 / FoldBenchmark.japanese.utf8.count)
        let ascii = String(repeating: FoldBenchmark.ascii, count: 1_000_000 / FoldBenchmark.ascii.utf8.count)
        for text in [japanese, ascii] {
            let folded = try TextFolder().fold(text)
            precondition(!folded.foldedUTF8.isEmpty)
        }
    }
}
