import ArgumentParser
import Foundation
import Tsuho

extension DictCommand {
    /// `tsuho dict profiles`: rebuild the language identifier's n-gram profiles from the project's text.
    struct Profiles: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Rebuild Dictionaries/samples/language-profiles.tsv from the samples and the dictionary (reproducible)."
        )

        @OptionGroup var data: DataOptions

        func run() throws {
            let location = try CommandFailure.reporting { try data.editableLocation() }
            let lexicon = try CommandFailure.reporting { try Lexicon(location: location) }
            let profiles = try CommandFailure.reporting {
                try LanguageProfiles.build(from: LanguageProfiles.trainingTexts(location: location, lexicon: lexicon))
            }
            let path = location.dictionaries.appendingPathComponent(LanguageProfiles.fileName)
            try CommandFailure.reporting { try Data(profiles.tsv().utf8).write(to: path) }
            print("Wrote \(path.path): \(profiles.counts.count) languages.")
        }
    }
}
