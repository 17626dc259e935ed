import Foundation
import Testing
import Tsuho
import TsuhoText

/// The bundled phrasebook: structure, every pattern in every language compiles with ICU and formats,
/// plurals, choices, and errors at file, line and column.
struct PhrasebookTests {
    static let phrasebook: Result<Phrasebook, any Error> = Result {
        try Phrasebook.bundled(languages: TestData.bundled.get().languages)
    }

    @Test func bundledPhrasebookIsCompleteInEveryLanguage() throws {
        let phrasebook = try Self.phrasebook.get()
        #expect(phrasebook.phrases.count >= 150)
        #expect(phrasebook.missingTranslations().isEmpty)
        #expect(phrasebook.diagnostics.filter { $0.severity == .error }.isEmpty)
        let steps119 = phrasebook.keyQuestions(for: .fire).compactMap(\.asks)
        #expect(Array(steps119.prefix(4)) == [.line, .address, .incident, .age])
        let steps110 = phrasebook.keyQuestions(for: .police).compactMap(\.asks)
        #expect(steps110.first == .incident)
    }

    @Test func everyPatternFormatsInEveryLanguage() throws {
        let phrasebook = try Self.phrasebook.get()
        var failures: [String] = []
        for phrase in phrasebook.phrases {
            var arguments: [String: MessageArgument] = [:]
            for argument in phrase.arguments {
                arguments[argument.name] = argument.kind == .number ? .number(3) : .text("新宿駅")
            }
            for language in phrasebook.languages {
                do {
                    let rendered = try phrasebook.render(phrase.id, in: language.code, arguments: arguments)
                    if rendered.text.isEmpty || rendered.text.contains("{") {
                        failures.append("\(phrase.id) \(language.code)")
                    }
                } catch {
                    failures.append("\(phrase.id) \(language.code): \(error)")
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(10))")
    }

    @Test func pluralsFollowEachLanguage() throws {
        let phrasebook = try Self.phrasebook.get()
        let one = try phrasebook.render("confirm-injured-count", in: "en", arguments: ["count": 1]).text
        let three = try phrasebook.render("confirm-injured-count", in: "en", arguments: ["count": 3]).text
        #expect(one != three)
        #expect(three.contains("3"))
        let russianFew = try phrasebook.render("confirm-injured-count", in: "ru", arguments: ["count": 3]).text
        let russianMany = try phrasebook.render("confirm-injured-count", in: "ru", arguments: ["count": 5]).text
        #expect(russianFew.replacingOccurrences(of: "3", with: "5") != russianMany)
    }

    @Test func choicesAreNumberedAnswers() throws {
        let phrasebook = try Self.phrasebook.get()
        let rendered = try phrasebook.render("q119-fire-or-ambulance", in: "vi")
        #expect(rendered.choices.map(\.number) == Array(1...rendered.choices.count))
        #expect(rendered.choices.count >= 2)
        #expect(rendered.message.contains("1. "))
        #expect(rendered.status == .draft)
    }

    @Test func wrongArgumentsAreRefusedWithTheirNames() throws {
        let phrasebook = try Self.phrasebook.get()
        #expect(throws: PhrasebookError.self) { try phrasebook.render("confirm-injured-count", in: "en") }
        #expect(throws: PhrasebookError.self) {
            try phrasebook.render("confirm-injured-count", in: "en", arguments: ["count": 2, "colour": "red"])
        }
        #expect(throws: PhrasebookError.self) {
            try phrasebook.render("confirm-injured-count", in: "en", arguments: ["count": "many"])
        }
        #expect(throws: PhrasebookError.self) { try phrasebook.render("no-such-phrase", in: "en") }
    }

    @Test func malformedFilesNameFileLineAndColumn() throws {
        let languages = try TestData.bundled.get().languages.filter { $0.code == "en" }
        let metadata = """
            id\tdomain\tline\tstep\tintent\tasks\tanswer\tchoices\targuments\tpictograms\tnotes
            q-one\tquestion-119\t119\t1\task-line\tline\tchoice\tanswer-yes\t\t\t
            Bad Id\tquestion-119\t119\tx\task\tnope\tmaybe\t\t\t\t
            answer-yes\tanswer\tboth\t\tanswer-yes\t\tnone\t\t\t\t
            confirm\tconfirmation\tboth\t\tconfirm\t\tyes-no\t\tcount:number\t\t

            """
        let english = """
            id\ttext\tstatus\tnote
            q-one\tFire?\tdraft\t
            answer-yes\tYes\treviewed\t
            confirm\t{people} hurt\tdraft\t
            unknown\tHello\tdraft\t

            """
        let files = ["phrasebook.tsv": Array(metadata.utf8), "en.tsv": Array(english.utf8)]
        #expect(throws: PhrasebookError.self) { try Phrasebook(files: files, languages: languages) }
        let lenient = try Phrasebook(files: files, languages: languages, mode: .lenient)
        #expect(lenient.phrases.map(\.id) == ["q-one", "answer-yes", "confirm"])
        #expect(lenient.phrase(id: "confirm")?.texts["en"] == nil)
        let messages = lenient.diagnostics.map(\.description)
        #expect(messages.contains { $0.hasPrefix("Dictionaries/phrases/phrasebook.tsv:3:1: error") })
        #expect(messages.contains { $0.contains("phrasebook.tsv:3:") && $0.contains("step must be") })
        #expect(messages.contains { $0.hasPrefix("Dictionaries/phrases/en.tsv:4:") && $0.contains("{people}") })
        #expect(
            messages.contains { $0.hasPrefix("Dictionaries/phrases/en.tsv:5:1:") && $0.contains("unknown phrase id") })
    }
}
