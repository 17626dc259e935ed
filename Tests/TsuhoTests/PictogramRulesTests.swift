import Foundation
import Testing
import Tsuho

struct PictogramRulesTests {
    static func check(_ svg: String, colour: PictogramColourFamily? = .information) -> [String] {
        PictogramRules().check(Array(svg.utf8), file: "Pictograms/test.svg", colour: colour).map(\.description)
    }

    /// The test drawing with one shape replaced.
    static func with(_ drawing: String, family: PictogramColourFamily = .information) -> String {
        PictogramTestData.svg(family: family, drawing: drawing)
    }

    @Test func validDrawingsPassInEveryColourFamily() {
        for family in PictogramColourFamily.allCases {
            #expect(Self.check(PictogramTestData.svg(family: family), colour: family) == [], "\(family)")
        }
    }

    @Test func forbiddenElementsAreNamedWithTheirLine() {
        let cases: [(String, String)] = [
            (##"<text x="10" y="50">119</text>"##, "the element <text> is not allowed: words belong in captions"),
            (##"<script>alert(1)</script>"##, "the element <script> is not allowed"),
            (##"<image width="10" height="10"/>"##, "the element <image> is not allowed"),
            (##"<use x="1"/>"##, "the element <use> is not allowed"),
            (##"<style>rect{}</style>"##, "the element <style> is not allowed"),
            (##"<defs/>"##, "the element <defs> is not allowed"),
        ]
        for (drawing, message) in cases {
            let messages = Self.check(Self.with(drawing))
            #expect(messages.contains { $0.hasPrefix("Pictograms/test.svg:7:") && $0.contains(message) }, "\(messages)")
        }
    }

    @Test func forbiddenAttributesAreNamed() {
        let cases: [(String, String)] = [
            (##"<rect x="1" y="1" width="5" height="5" rx="2" fill="#1A1A1A" onclick="x()"/>"##, "onclick"),
            (##"<rect x="1" y="1" width="5" height="5" rx="2" fill="#1A1A1A" style="fill:red"/>"##, "style"),
            (##"<rect x="1" y="1" width="5" height="5" rx="2" fill="#1A1A1A" class="a"/>"##, "class"),
            (##"<rect x="1" y="1" width="5" height="5" rx="2" fill="#1A1A1A" id="a"/>"##, "id"),
            (##"<rect x="1" y="1" width="5" height="5" rx="2" fill="#1A1A1A" href="http://x"/>"##, "href"),
        ]
        for (drawing, attribute) in cases {
            let messages = Self.check(Self.with(drawing))
            #expect(
                messages.contains { $0.contains("the attribute \(attribute) on <rect> is not allowed") }, "\(messages)")
        }
    }

    @Test func coloursComeFromThePalette() {
        let messages = Self.check(Self.with(##"<circle cx="50" cy="50" r="10" fill="#FF0000"/>"##))
        #expect(messages.contains { $0.contains("the colour fill=\"#FF0000\" on <circle> is not in the palette") })
        #expect(Self.check(Self.with(##"<circle cx="50" cy="50" r="10" fill="#c8102e"/>"##)) == [])
        #expect(Self.check(Self.with(##"<circle cx="50" cy="50" r="10" fill="none"/>"##)) == [])
    }

    @Test func strokesAreSixOrTenWideWithRoundCapsAndJoins() {
        let thin = Self.check(
            Self.with(
                ##"<line x1="1" y1="1" x2="9" y2="9" stroke="#1A1A1A" stroke-width="3" stroke-linecap="round"/>"##))
        #expect(thin.contains { $0.contains("stroke-width=\"3\" on <line>: strokes are 6 or 10 wide.") })
        let unset = Self.check(
            Self.with(##"<line x1="1" y1="1" x2="9" y2="9" stroke="#1A1A1A" stroke-linecap="round"/>"##))
        #expect(unset.contains { $0.contains("sets no stroke-width (it would be 1)") })
        let butt = Self.check(Self.with(##"<line x1="1" y1="1" x2="9" y2="9" stroke="#1A1A1A" stroke-width="6"/>"##))
        #expect(butt.contains { $0.contains("<line> has open ends: set stroke-linecap=\"round\"") })
        let square = Self.check(
            Self.with(##"<polygon points="10,10 20,10 20,20" fill="none" stroke="#1A1A1A" stroke-width="6"/>"##))
        #expect(square.contains { $0.contains("<polygon> has corners: set stroke-linejoin=\"round\"") })
        #expect(!square.contains { $0.contains("open ends") })
        let miter = Self.check(
            Self.with(
                ##"<path d="M1 1 L9 9" stroke="#1A1A1A" stroke-width="6" stroke-linecap="round" stroke-linejoin="miter"/>"##
            ))
        #expect(miter.contains { $0.contains("stroke-linejoin=\"miter\" on <path>: caps and joins are round.") })
        // Set once on a group, the round caps and joins hold for every shape inside it.
        let grouped = Self.with(
            ##"<g stroke="#1A1A1A" stroke-width="10" stroke-linecap="round" stroke-linejoin="round"><path d="M1 1 L9 9"/><polyline points="1,1 5,5 9,1" fill="none"/></g>"##
        )
        #expect(Self.check(grouped) == [])
        // A closed path and a circle show no caps.
        let closed = Self.with(
            ##"<path d="M10 10 L20 10 L20 20 Z" fill="none" stroke="#1A1A1A" stroke-width="6" stroke-linejoin="round"/><circle cx="5" cy="5" r="3" fill="none" stroke="#1A1A1A" stroke-width="6"/>"##
        )
        #expect(Self.check(closed) == [])
    }

    @Test func titlesAndDescriptionsComeFirstInEnglishAndJapanese() {
        let swapped = PictogramTestData.svg().replacingOccurrences(
            of: ##"<title xml:lang="ja">"##, with: ##"<title xml:lang="fr">"##)
        #expect(Self.check(swapped).contains { $0.contains("child 2 of <svg> must be <title xml:lang=\"ja\">") })
        let empty = PictogramTestData.svg().replacingOccurrences(
            of: ##"<desc xml:lang="en">A test drawing of fire.</desc>"##, with: ##"<desc xml:lang="en"> </desc>"##)
        #expect(Self.check(empty).contains { $0.contains("the <desc xml:lang=\"en\"> is empty.") })
        let missing = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100" height="100" role="img">
              <rect x="3" y="3" width="94" height="94" rx="10" fill="#FFFFFF" stroke="#1A1A1A" stroke-width="6"/>
            </svg>
            """
        #expect(Self.check(missing).contains { $0.contains("child 1 of <svg> must be <title xml:lang=\"en\">") })
    }

    @Test func theRootHasTheSetsAttributes() {
        let svg = PictogramTestData.svg().replacingOccurrences(
            of: #"viewBox="0 0 100 100""#, with: #"viewBox="0 0 24 24""#
        )
        .replacingOccurrences(of: #"role="img""#, with: #"role="img" xmlns:xlink="http://www.w3.org/1999/xlink""#)
        let messages = Self.check(svg)
        #expect(messages.contains { $0.contains("must have viewBox=\"0 0 100 100\", found \"0 0 24 24\"") })
        #expect(messages.contains { $0.contains("may not have the attribute xmlns:xlink") })
    }

    @Test func textOutsideTitlesIsRefused() {
        let messages = Self.check(Self.with("SOS"))
        #expect(messages.contains { $0.contains("text is not allowed in the drawing: \"SOS\"") })
    }

    @Test func theFrameMatchesTheColourFamily() {
        let messages = Self.check(PictogramTestData.svg(family: .information), colour: .safe)
        #expect(
            messages.contains {
                $0.contains(
                    "a safe pictogram starts its drawing with a <rect> filled #00875A (its frame), found a <rect> filled #FFFFFF."
                )
            })
        #expect(Self.check(PictogramTestData.svg(family: .information), colour: nil) == [])
    }

    @Test func brokenFilesGetALineAndAReason() {
        let unclosed = "<svg xmlns=\"http://www.w3.org/2000/svg\">\n  <g>\n</svg>\n"
        let messages = Self.check(unclosed)
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("Pictograms/test.svg:3:") == true)
        #expect(messages.first?.contains("not well-formed XML") == true)
        let doctype = "<!DOCTYPE svg [<!ENTITY x \"119\">]>\n" + PictogramTestData.svg()
        #expect(
            Self.check(doctype).contains { $0.hasPrefix("Pictograms/test.svg:1:1: error: a <!DOCTYPE declaration") })
        let instruction = "<?xml-stylesheet href=\"a.css\"?>\n" + PictogramTestData.svg()
        #expect(Self.check(instruction).contains { $0.contains("processing instruction <?xml-stylesheet?>") })
        let bom = Self.check("\u{FEFF}" + PictogramTestData.svg())
        #expect(bom.contains { $0.contains("byte-order mark") })
        let crlf = Self.check(PictogramTestData.svg().replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(crlf.contains { $0.contains("CRLF") })
        #expect(Self.check("").contains { $0.contains("the file is empty") })
        let invalid = PictogramRules().check([0x3C, 0x73, 0xFF], file: "x.svg")
        #expect(invalid.map(\.description) == ["x.svg:0:0: error: invalid UTF-8 at byte offset 2."])
    }

    @Test func everyBundledPictogramFollowsTheRules() throws {
        let folder = TestData.repository.appendingPathComponent("Pictograms")
        let files = try PictogramFiles(folder: folder, name: "Pictograms")
        let manifest = try PictogramManifest(bytes: try #require(files.manifest))
        #expect(manifest.entries.count >= 80)
        #expect(files.drawings.count == manifest.entries.count)
        for entry in manifest.entries {
            let bytes = try #require(files.drawings[entry.id + ".svg"], "no file for \(entry.id)")
            let problems = PictogramRules().check(bytes, file: "Pictograms/\(entry.id).svg", colour: entry.colour)
            #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
        }
    }
}
