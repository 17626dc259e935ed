import Testing
import TsuhoText

struct MessageTemplateTests {
    @Test func englishPluralAndNamedArguments() throws {
        let template = try MessageTemplate(
            pattern: "{count, plural, one {# person is} other {# people are}} injured at {place}.",
            locale: ICULocale("en"))
        #expect(template.argumentNames == ["count", "place"])
        #expect(try template.format(["count": 1, "place": "Shinjuku"]) == "1 person is injured at Shinjuku.")
        #expect(try template.format(["count": 3, "place": "Shinjuku"]) == "3 people are injured at Shinjuku.")
    }

    @Test func russianUsesItsFourPluralCategories() throws {
        let template = try MessageTemplate(
            pattern: "{count, plural, one {# человек} few {# человека} many {# человек} other {# человека}}",
            locale: ICULocale("ru"))
        #expect(try template.format(["count": 1]) == "1 человек")
        #expect(try template.format(["count": 3]) == "3 человека")
        #expect(try template.format(["count": 5]) == "5 человек")
        #expect(try template.format(["count": 21]) == "21 человек")
    }

    @Test func arabicHasTwoAndFew() throws {
        let template = try MessageTemplate(
            pattern: "{count, plural, zero {لا أحد} one {شخص} two {شخصان} few {# أشخاص} many {# شخصًا} other {# شخص}}",
            locale: ICULocale("ar"))
        #expect(try template.format(["count": 2]) == "شخصان")
        #expect(try template.format(["count": 0]) == "لا أحد")
    }

    @Test func selectAndExtraArguments() throws {
        let template = try MessageTemplate(
            pattern: "{line, select, police {110} fire {119} other {?}}", locale: ICULocale("ja"))
        #expect(try template.format(["line": "fire", "unused": 4]) == "119")
    }

    @Test func invalidPatternNamesThePattern() {
        #expect {
            _ = try MessageTemplate(pattern: "{count, plural, one {x}", locale: ICULocale("en"))
        } throws: { error in
            let error = error as? TextError
            return error?.code == .invalidPattern && error?.message.contains("{count, plural, one {x}") == true
        }
    }

    @Test func missingArgumentIsAnError() throws {
        let template = try MessageTemplate(pattern: "Go to {place}.", locale: ICULocale("en"))
        #expect {
            _ = try template.format([:])
        } throws: { error in
            (error as? TextError)?.code == .missingArgument
        }
    }

    @Test func unknownAndMalformedLocalesNameTheTag() throws {
        #expect(try ICULocale("zh-Hant").identifier == "zh_Hant")
        #expect(try ICULocale("vi").identifier == "vi")
        _ = try ICULocale("ja-x-easy")
        #expect {
            _ = try ICULocale("xx")
        } throws: { error in
            let error = error as? TextError
            return error?.code == .unknownLocale && error?.message.contains("\"xx\"") == true
        }
        #expect {
            _ = try ICULocale("not a tag!")
        } throws: { error in
            (error as? TextError)?.code == .malformedLanguageTag
        }
    }
}
