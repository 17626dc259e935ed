// A libFuzzer target over decoding, folding, term spotting, language identification, and the whole
// report path: intake (raw bytes, invalid UTF-8 included), triage and the operator view.
// Build and run (see README, Fuzzing):
//   swift build -c release --product tsuho-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
//   .build/release/tsuho-fuzz -max_total_time=300 Fuzz/corpus

import Tsuho
import TsuhoText

/// Built once: the bundled dictionary, its spotter and identifier.
nonisolated(unsafe) private var engine: (TermSpotter, LanguageIdentifier)? = {
    guard let location = try? DataLocation.bundled(), let lexicon = try? Lexicon(location: location),
        let spotter = try? TermSpotter(lexicon: lexicon),
        let profiles = try? LanguageProfiles.load(location: location)
    else { return nil }
    return (spotter, LanguageIdentifier(lexicon: lexicon, profiles: profiles))
}()

/// The whole report path over the bundled data, built once.
nonisolated(unsafe) private let translator: ReportTranslator? = try? ReportTranslator.bundled()

/// Runs one fuzz input through decoding, folding, spotting and identification, and as a report's raw
/// bytes through intake, triage and the operator view; libFuzzer calls it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let translator {
        let line: ReportLine = size % 3 == 0 ? .fire : size % 3 == 1 ? .police : .unknown
        do {
            let view = try translator.translate(Report(id: "fuzz", line: line, message: bytes))
            precondition(view.questions.count <= 3, "more than three questions")
            _ = view.japaneseText
        } catch is IntakeError {
            // Refused with a reason: invalid UTF-8, empty, too large.
        } catch {
            // ICU failures are errors, not crashes.
        }
    }
    // Bytes that are not UTF-8 must be refused with an offset, never crash.
    guard let text = try? UTF8Input.decode(bytes, source: "fuzz input") else { return 0 }
    guard let (spotter, identifier) = engine else { return 0 }
    do {
        let folded = try TextFolder(options: .all).fold(text)
        _ = folded.alignment
        for term in try spotter.spot(text, allOverlaps: size % 2 == 0) {
            precondition(term.utf8Range.upperBound <= text.utf8.count, "a hit points outside the text")
        }
        let guesses = try identifier.identify(text)
        precondition(guesses.allSatisfy { $0.confidence >= 0 && $0.confidence <= 1.000_001 }, "confidence out of range")
    } catch {
        // ICU failures are errors, not crashes.
    }
    return 0
}

/// libFuzzer's driver, for an executable whose `main` SwiftPM names after the target.
@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32
) -> Int32

/// The program's entry: SwiftPM calls an executable target's `main` `TsuhoFuzz_main`.
@_cdecl("TsuhoFuzz_main")
public func fuzzMain(
    _ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> Int32 {
    var count = argc
    var arguments = argv
    return runDriver(&count, &arguments) { data, size in fuzz(data, size) }
}
