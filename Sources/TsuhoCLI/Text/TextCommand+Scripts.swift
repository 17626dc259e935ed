import ArgumentParser
import TsuhoText

extension TextCommand {
    /// `tsuho text scripts`: the scripts a text is written in, with their shares.
    struct Scripts: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the scripts of a text and their shares.")

        @OptionGroup var input: TextInput

        func run() throws {
            let text = try input.read()
            let breakdown = ScriptBreakdown(of: text)
            if input.json {
                try JSONOutput.print(breakdown)
                return
            }
            for script in breakdown.scripts {
                let percent = (script.share * 1000).rounded() / 10
                print("\(script.code)\t\(script.name)\t\(script.count)\t\(percent)%")
            }
            print("neutral\t(spaces, digits, punctuation, emoji)\t\(breakdown.neutralCount)")
        }
    }
}
