import Testing
import Tsuho

struct LexiconTests {
    @Test func smallDictionaryLoadsAndGivesTermsWithStatus() throws {
        let lexicon = try Lexicon(files: TestData.dictionaryFiles())
        #expect(lexicon.languages.map(\.code) == ["ja", "en", "vi", "th"])
        #expect(lexicon.concepts.count == 3)
        #expect(try lexicon.terms(for: "fire", in: "en") == TermEntry(forms: ["fire", "blaze"], status: .reviewed))
        #expect(try lexicon.terms(for: "fire", in: "ja").forms == ["火事", "火災"])
        #expect(try lexicon.terms(for: "shinjuku-station", in: "vi").forms.isEmpty)
        #expect(try lexicon.language("vi").relayLanguages == ["en"])
        #expect(throws: LexiconError.self) { try lexicon.terms(for: "nope", in: "en") }
        #expect(throws: LexiconError.self) { try lexicon.terms(for: "fire", in: "xx") }
    }

    @Test func lookupSaysHowItMatched() throws {
        let lexicon = try Lexicon(files: TestData.dictionaryFiles())
        func first(_ query: String) throws -> String {
            try lexicon.lookup(query).first.map { "\($0.concept.id) \($0.match)" } ?? "none"
        }
        #expect(try first("火事") == "fire exact")
        #expect(try first("FIRE") == "fire folded")
        #expect(try first("noi lanh nan") == "evacuation-shelter diacritic-insensitive")
        #expect(try first("hinanjo") == "evacuation-shelter romaji")
        #expect(try first("hinanzyo") == "evacuation-shelter romaji")
        #expect(try first("ひなんじょ") == "evacuation-shelter folded")
        #expect(try first("ヒナンジョ") == "evacuation-shelter folded")
        #expect(try first("shinjuku eki") == "shinjuku-station romaji")
        #expect(try first("SHINJUKU-EKI") == "shinjuku-station romaji")
        #expect(try first("evacuation shleter") == "evacuation-shelter typo (2 edits)")
        #expect(try first("blaez") == "none")
        #expect(try first("blaze") == "fire exact")
        #expect(try lexicon.lookup("fire", from: "vi").isEmpty)
        #expect(try lexicon.lookup("   ").isEmpty)
    }

    @Test func exactFormsRankAboveAccentlessOnes() throws {
        let lexicon = try Lexicon(files: TestData.dictionaryFiles())
        let results = try lexicon.lookup("cháy")
        #expect(results.first?.match == .exact)
        #expect(results.first?.language == "vi")
    }

    @Test func translationsComeInTheRequestedLanguagesWithReadings() throws {
        let lexicon = try Lexicon(files: TestData.dictionaryFiles())
        let result = try #require(try lexicon.lookup("blaze", to: ["ja", "vi"]).first)
        #expect(result.translations.map(\.language) == ["ja", "vi"])
        #expect(result.translations[0].readings == ["かじ", "かさい"])
        #expect(result.translations[1].entry.status == .draft)
    }

    @Test func unknownSourceOrTargetLanguageIsAnError() throws {
        let lexicon = try Lexicon(files: TestData.dictionaryFiles())
        #expect(throws: LexiconError.self) { try lexicon.lookup("fire", from: "xx") }
        #expect(throws: LexiconError.self) { try lexicon.lookup("fire", to: ["xx"]) }
    }

    @Test func bundledDictionaryIsLargeAndFilled() throws {
        let lexicon = try TestData.bundled.get()
        #expect(lexicon.concepts.count >= 600)
        #expect(lexicon.languages.count == 22)
        let stats = DictionaryStats(lexicon: lexicon)
        for language in stats.languages {
            #expect(
                language.counts.filledShare >= 0.98, "\(language.language) is \(language.counts.filledShare) filled")
        }
        let readings = lexicon.concepts.allSatisfy { $0.readings.count == $0.japanese.forms.count }
        #expect(readings)
    }

    @Test(arguments: [
        ("hinanjo", "evacuation-shelter"), ("hinanzyo", "evacuation-shelter"), ("ひなんじょ", "evacuation-shelter"),
        ("evacuation shelter", "evacuation-shelter"), ("nơi sơ tán", "evacuation-site"), ("地震", "earthquake"),
        ("shinjuku eki", "shinjuku-station"), ("Ambulancia", "ambulance"), ("新宿站", "shinjuku-station"),
        ("신주쿠역", "shinjuku-station"), ("tokyo eki", "tokyo-station"), ("ambulanse", "ambulance"),
        ("救護車", "ambulance"), ("ไฟไหม้", "fire"), ("kyuukyuusha", "ambulance"),
    ])
    func bundledLookupsFindTheRightConcept(query: String, concept: String) throws {
        let results = try TestData.bundled.get().lookup(query, limit: 3)
        #expect(results.first?.concept.id == concept, "\(query): \(results.map(\.concept.id))")
    }
}
