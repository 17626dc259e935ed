internal import TsuhoText

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The cells of one language, kept as byte ranges of its file instead of one string per form: loading
/// scans the bytes once, and a ``TermEntry`` is made only when a cell is read.
struct LanguageColumn: Sendable {
    /// The bytes the ranges point into (the file, or cells copied from a file with problems).
    private let bytes: [UInt8]
    /// Per concept: where its text and note start and end; -1 when the file has no row for it.
    private let textStart: [Int32]
    private let textEnd: [Int32]
    private let noteStart: [Int32]
    private let noteEnd: [Int32]
    private let reviewed: [Bool]

    /// The entry of a concept, or `nil` when the file has no row for it.
    func entry(_ concept: Int) -> TermEntry? {
        guard textStart[concept] >= 0 else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            let text = UnsafeBufferPointer(rebasing: buffer[Int(textStart[concept])..<Int(textEnd[concept])])
            let note = UnsafeBufferPointer(rebasing: buffer[Int(noteStart[concept])..<Int(noteEnd[concept])])
            return TermEntry(
                forms: Self.forms(in: text), status: reviewed[concept] ? .reviewed : .draft,
                note: String(decoding: note, as: UTF8.self))
        }
    }

    /// Calls `body` with every form of every cell as bytes, with its concept and position among the
    /// cell's forms.
    func forEachForm(_ body: (_ concept: Int, _ form: Int, _ bytes: UnsafeBufferPointer<UInt8>) throws -> Void) rethrows
    {
        try bytes.withUnsafeBufferPointer { buffer in
            for concept in 0..<textStart.count where textStart[concept] >= 0 {
                let cell = UnsafeBufferPointer(rebasing: buffer[Int(textStart[concept])..<Int(textEnd[concept])])
                try TermEntry.forEachForm(in: cell) { form, bytes in try body(concept, form, bytes) }
            }
        }
    }

    /// Splits a cell's bytes into forms at " | ".
    static func forms(in text: UnsafeBufferPointer<UInt8>) -> [String] {
        var forms: [String] = []
        TermEntry.forEachForm(in: text) { _, form in forms.append(String(decoding: form, as: UTF8.self)) }
        return forms
    }

    private init(
        bytes: [UInt8], textStart: [Int32], textEnd: [Int32], noteStart: [Int32], noteEnd: [Int32], reviewed: [Bool]
    ) {
        self.bytes = bytes
        self.textStart = textStart
        self.textEnd = textEnd
        self.noteStart = noteStart
        self.noteEnd = noteEnd
        self.reviewed = reviewed
    }

    /// A column from entries that were parsed one string at a time (a file with problems).
    init(entries: [TermEntry?]) {
        var bytes: [UInt8] = []
        var textStart: [Int32] = []
        var textEnd: [Int32] = []
        var noteStart: [Int32] = []
        var noteEnd: [Int32] = []
        var reviewed: [Bool] = []
        for entry in entries {
            guard let entry else {
                textStart.append(-1)
                textEnd.append(-1)
                noteStart.append(-1)
                noteEnd.append(-1)
                reviewed.append(false)
                continue
            }
            textStart.append(Int32(bytes.count))
            bytes.append(contentsOf: entry.cellText.utf8)
            textEnd.append(Int32(bytes.count))
            noteStart.append(Int32(bytes.count))
            bytes.append(contentsOf: entry.note.utf8)
            noteEnd.append(Int32(bytes.count))
            reviewed.append(entry.status == .reviewed)
        }
        self.init(
            bytes: bytes, textStart: textStart, textEnd: textEnd, noteStart: noteStart, noteEnd: noteEnd,
            reviewed: reviewed)
    }

    /// Scans a clean language file without making strings. Returns `nil` when the file has anything a
    /// careful parse must report (a BOM, CR, bytes that are not UTF-8, a wrong header or column count, an
    /// unknown or duplicate id, a bad status, an empty reviewed cell); the caller then parses it the
    /// slow way, with diagnostics.
    init?(cleanFile bytes: [UInt8], conceptIDs: FlatIndex, conceptCount: Int) {
        let header = Array("id\ttext\tstatus\tnote".utf8)
        guard bytes.starts(with: header), bytes.count > header.count, bytes[header.count] == 0x0A,
            UTF8Input.isValid(bytes)
        else { return nil }
        var textStart = [Int32](repeating: -1, count: conceptCount)
        var textEnd = [Int32](repeating: -1, count: conceptCount)
        var noteStart = [Int32](repeating: -1, count: conceptCount)
        var noteEnd = [Int32](repeating: -1, count: conceptCount)
        var reviewed = [Bool](repeating: false, count: conceptCount)
        let clean: Bool = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, memchr(base, 0x0D, buffer.count) == nil else { return false }
            /// The offset of the next `byte` in `start..<end`, or `end`.
            func next(_ byte: Int32, from start: Int, to end: Int) -> Int {
                guard start < end, let found = memchr(base + start, byte, end - start) else { return end }
                return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
            var lineStart = header.count + 1
            while lineStart < buffer.count {
                let end = next(0x0A, from: lineStart, to: buffer.count)
                let firstTab = next(0x09, from: lineStart, to: end)
                let secondTab = next(0x09, from: firstTab + 1, to: end)
                let thirdTab = next(0x09, from: secondTab + 1, to: end)
                guard thirdTab < end, next(0x09, from: thirdTab + 1, to: end) == end,
                    let concept = conceptIDs.firstPosting(
                        for: UnsafeBufferPointer(rebasing: buffer[lineStart..<firstTab])),
                    textStart[Int(concept.concept)] < 0
                else { return false }
                let position = Int(concept.concept)
                let status = UnsafeBufferPointer(rebasing: buffer[(secondTab + 1)..<thirdTab])
                if status.elementsEqual("reviewed".utf8) {
                    guard secondTab > firstTab + 1 else { return false }
                    reviewed[position] = true
                } else if !status.elementsEqual("draft".utf8) {
                    return false
                }
                textStart[position] = Int32(firstTab + 1)
                textEnd[position] = Int32(secondTab)
                noteStart[position] = Int32(thirdTab + 1)
                noteEnd[position] = Int32(end)
                lineStart = end + 1
            }
            return true
        }
        guard clean else { return nil }
        self.init(
            bytes: bytes, textStart: textStart, textEnd: textEnd, noteStart: noteStart, noteEnd: noteEnd,
            reviewed: reviewed)
    }
}
