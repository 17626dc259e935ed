import Testing
import Tsuho

/// Romaji variants all reach the reading's concept.
struct RomajiTests {
    static let concepts = """
        id\tkind\tdomain\tja\treading\tpictogram\tstatus\tnotes
        tsunami\tterm\ttsunami\t津波\tつなみ\t\tdraft\t
        shinbashi\tterm\tstation\t新橋駅\tしんばしえき\t\tdraft\t
        tokyo\tterm\tprefecture\t東京都\tとうきょうと\t\tdraft\t
        chiba\tterm\tprefecture\t千葉県\tちばけん\t\tdraft\t
        fuji\tterm\tlandmark\t富士山\tふじさん\t\tdraft\t
        gakkou\tterm\tfacility\t学校\tがっこう\t\tdraft\t
        kinen\tterm\tgeneral\t禁煙\tきんえん\t\tdraft\t

        """

    @Test(arguments: [
        ("tsunami", "tsunami"), ("tunami", "tsunami"), ("shinbashi eki", "shinbashi"), ("shimbashi eki", "shinbashi"),
        ("sinbasi eki", "shinbashi"), ("toukyouto", "tokyo"), ("tokyoto", "tokyo"), ("tōkyōto", "tokyo"),
        ("tookyooto", "tokyo"), ("chibaken", "chiba"), ("tibaken", "chiba"), ("fujisan", "fuji"), ("huzisan", "fuji"),
        ("gakkou", "gakkou"), ("gakko", "gakkou"), ("kin'en", "kinen"), ("kinnenn", "kinen"),
    ])
    func variantsMeet(query: String, concept: String) throws {
        let lexicon = try Lexicon(
            files: TestData.dictionaryFiles(replacing: [
                "concepts.tsv": Self.concepts, "en.tsv": "id\ttext\tstatus\tnote\n",
                "vi.tsv": "id\ttext\tstatus\tnote\n",
                "th.tsv": "id\ttext\tstatus\tnote\n",
            ]))
        let result = try lexicon.lookup(query).first
        #expect(result?.concept.id == concept, "\(query)")
        #expect(result?.match == .romaji, "\(query): \(String(describing: result?.match))")
    }
}
