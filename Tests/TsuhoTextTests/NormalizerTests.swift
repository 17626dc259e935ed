import Foundation
import Testing
import TsuhoText

struct NormalizerTests {
    static let conformanceFile = "/usr/share/unicode/NormalizationTest.txt"

    /// Reads NormalizationTest.txt, which Debian's unicode-data package installs compressed.
    static func conformanceData() throws -> Data? {
        if let plain = FileManager.default.contents(atPath: conformanceFile) {
            return plain
        }
        let compressed = conformanceFile + ".bz2"
        guard FileManager.default.fileExists(atPath: compressed) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bzip2")
        process.arguments = ["-dc", compressed]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? data : nil
    }

    @Test func everyLineOfNormalizationTestPasses() throws {
        guard let data = try Self.conformanceData() else {
            Issue.record(
                "\(Self.conformanceFile) (or .bz2) is missing: install it with `apt-get install unicode-data bzip2` (Debian) to run the Unicode conformance test."
            )
            return
        }
        let text = String(decoding: data, as: UTF8.self)
        var checked = 0
        var failures: [String] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            guard !content.hasPrefix("@"), !content.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            let columns = content.split(separator: ";", omittingEmptySubsequences: false).prefix(5).map(Self.decode)
            guard columns.count == 5 else {
                failures.append("line \(number + 1): expected 5 columns")
                continue
            }
            let (c1, c2, c3, c4, c5) = (columns[0], columns[1], columns[2], columns[3], columns[4])
            let expectations: [(NormalizationForm, [String], String)] = [
                (.nfc, [c1, c2, c3], c2), (.nfc, [c4, c5], c4),
                (.nfd, [c1, c2, c3], c3), (.nfd, [c4, c5], c5),
                (.nfkc, [c1, c2, c3, c4, c5], c4),
                (.nfkd, [c1, c2, c3, c4, c5], c5),
            ]
            for (form, sources, expected) in expectations {
                for source in sources where try Normalizer.normalize(source, to: form) != expected {
                    failures.append("line \(number + 1): \(form) of \(Self.hex(source)) is not \(Self.hex(expected))")
                }
            }
            checked += 1
        }
        #expect(checked > 18_000, "NormalizationTest.txt has fewer test lines than expected")
        #expect(failures.isEmpty, "\(failures.count) failures, first: \(failures.prefix(5))")
    }

    @Test func quickCheckTellsNormalizedFromNot() throws {
        #expect(try Normalizer.isNormalized("é", in: .nfc))
        #expect(try !Normalizer.isNormalized("e\u{301}", in: .nfc))
        #expect(try Normalizer.isNormalized("e\u{301}", in: .nfd))
        #expect(try !Normalizer.isNormalized("ｷｭｳ", in: .nfkc))
        #expect(try !Normalizer.isNormalized("Fire", in: .nfkcCasefold))
        #expect(try Normalizer.isNormalized("fire", in: .nfkcCasefold))
    }

    @Test func casefoldHandlesTurkishAndGerman() throws {
        #expect(try Normalizer.normalize("STRASSE Straße", to: .nfkcCasefold) == "strasse strasse")
        // U+0130 LATIN CAPITAL LETTER I WITH DOT ABOVE folds to i + combining dot, never to a bare i.
        #expect(try Normalizer.normalize("İ", to: .nfkcCasefold) == "i\u{307}")
    }

    static func decode(_ column: Substring) -> String {
        var scalars = String.UnicodeScalarView()
        for hex in column.split(separator: " ") {
            if let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    static func hex(_ text: String) -> String {
        text.unicodeScalars.map { String($0.value, radix: 16, uppercase: true) }.joined(separator: " ")
    }
}
