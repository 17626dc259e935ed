/// Folds text into search keys and keeps a map back to the original.
///
/// Folding splits the text where ICU says a character always has a normalization boundary before it,
/// normalizes each piece with ICU (NFKC_Casefold, or a width-only NFKC without case folding), applies
/// the one-scalar folds (katakana to hiragana, diacritics, Traditional to Simplified), and records which
/// piece of the original each piece of output came from. Pieces normalize independently by ICU's own
/// definition of a boundary, so the map is exact and nothing is guessed:
///
/// ```swift
/// let folder = TextFolder(options: [.caseFold, .kana, .diacritics])
/// let key = try folder.fold("Nơi Sơ Tán")
/// key.folded  // "noi so tan"
/// ```
///
/// A folder is an immutable value and can be shared by any number of tasks.
public struct TextFolder: Sendable, Hashable {
    /// The folds this folder applies.
    public let options: FoldOptions

    /// Creates a folder.
    ///
    /// - Parameter options: The folds to apply; ``FoldOptions/searchKey`` by default.
    public init(options: FoldOptions = .searchKey) {
        self.options = options
    }

    /// Folds a text and returns the key with its offset map.
    ///
    /// - Parameter text: Any text.
    /// - Returns: The folded text, the untouched original and the map between them.
    /// - Throws: ``TextError`` with code ``TextError/Code/icuFailure`` only if ICU itself fails.
    public func fold(_ text: String) throws -> FoldedText {
        let (bytes, segments) = try run(text, recordingMap: true)
        return FoldedText(original: text, foldedUTF8: bytes, options: options, segments: segments)
    }

    /// Folds a text and returns only the key's UTF-8 bytes, without building the offset map: the fast
    /// path for building indexes.
    ///
    /// - Parameter text: Any text.
    /// - Returns: The same bytes as `fold(text).foldedUTF8`.
    /// - Throws: ``TextError`` with code ``TextError/Code/icuFailure`` only if ICU itself fails.
    public func keyUTF8(_ text: String) throws -> [UInt8] {
        try run(text, recordingMap: false).bytes
    }

    private func run(_ text: String, recordingMap: Bool) throws -> (bytes: [UInt8], segments: [FoldSegment]) {
        let scalarFold = try ScalarFold(options: options)
        let table: NormalizationTable? =
            options.contains(.caseFold)
            ? try NormalizationTable.caseFold.get()
            : options.contains(.width) ? try NormalizationTable.width.get() : nil
        var original = text
        return try original.withUTF8 { source in
            try Self.fold(
                source, table: table, lowercaseASCII: options.contains(.caseFold), kana: options.contains(.kana),
                scalarFold: scalarFold, recordingMap: recordingMap)
        }
    }

    /// Folds a text and returns only the key, for building indexes.
    ///
    /// - Parameter text: Any text.
    /// - Returns: The same string as `fold(text).folded`.
    /// - Throws: ``TextError`` with code ``TextError/Code/icuFailure`` only if ICU itself fails.
    public func key(_ text: String) throws -> String {
        String(decoding: try keyUTF8(text), as: UTF8.self)
    }

    private static func fold(
        _ source: UnsafeBufferPointer<UInt8>, table: NormalizationTable?, lowercaseASCII: Bool, kana: Bool,
        scalarFold: ScalarFold, recordingMap: Bool
    ) throws -> ([UInt8], [FoldSegment]) {
        var writer = FoldWriter(source: source, table: table, scalarFold: scalarFold)
        writer.segments.isRecording = recordingMap
        defer { writer.output.deallocate() }
        let count = source.count
        let scalarFoldsOn = !scalarFold.isIdentity
        var index = 0
        while index < count {
            if source[index] < 0x80 {
                // ASCII: every character starts a piece and none changes but for case, which the last
                // pass handles. Only the last one can take combining marks after it.
                try writer.finishPiece(at: index)
                let end = Self.endOfASCII(source, from: index + 1)
                writer.startPiece(at: end - 1, scalar: UInt32(source[end - 1]), changes: false)
                index = end
                continue
            }
            let (scalar, length) = ScalarFold.decodeScalar(source, at: index)
            let flags = table?.flags(of: scalar) ?? NormalizationTable.boundaryBefore
            if flags == NormalizationTable.boundaryBefore, !scalarFoldsOn {
                // The common case: a character that starts a piece and folds to itself.
                if writer.pieceNeedsWork {
                    try writer.finishPiece(at: index)
                }
                writer.startUnchangedPiece(at: index)
            } else if flags & NormalizationTable.boundaryBefore != 0 {
                try writer.finishPiece(at: index)
                let changes = flags & NormalizationTable.changes != 0 || (scalarFoldsOn && scalarFold.changes(scalar))
                writer.startPiece(at: index, scalar: scalar, changes: changes)
            } else {
                writer.pieceIsSingle = false
            }
            index += length
        }
        try writer.finishPiece(at: count)
        writer.flushPending(upTo: count)
        // ASCII case and katakana keep every length, so they are folded in place in one last pass.
        if lowercaseASCII || kana {
            ScalarFold.foldInPlace(writer.output.mutableBytes, lowercaseASCII: lowercaseASCII, kana: kana)
        }
        return (writer.output.array(), writer.segments.segments)
    }

    /// The offset of the first non-ASCII byte at or after `start`, or the end; eight bytes at a time.
    @inline(__always)
    private static func endOfASCII(_ source: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var end = start
        if let base = UnsafeRawPointer(source.baseAddress) {
            while end + 8 <= source.count,
                base.loadUnaligned(fromByteOffset: end, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                end += 8
            }
        }
        while end < source.count, source[end] < 0x80 {
            end += 1
        }
        return end
    }

    /// Appends normalized UTF-8 after the one-scalar folds.
    fileprivate static func appendFolded(
        _ bytes: UnsafeBufferPointer<UInt8>, _ scalarFold: ScalarFold, to output: inout ByteBuffer
    ) throws {
        var index = 0
        while index < bytes.count {
            let (scalar, length) = ScalarFold.decodeScalar(bytes, at: index)
            if scalar >= 0x80, scalarFold.changes(scalar) {
                try scalarFold.fold(scalar, into: &output)
            } else {
                output.append(UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]))
            }
            index += length
        }
    }
}

/// The output side of one fold: the folded bytes, the segments, the run of text waiting to be copied
/// as it is, and the piece being read.
private struct FoldWriter {
    let source: UnsafeBufferPointer<UInt8>
    let table: NormalizationTable?
    let scalarFold: ScalarFold
    var output: ByteBuffer
    var segments = SegmentBuilder()
    /// Text that folds to itself (but for ASCII case and katakana, done in place at the end) is not
    /// appended scalar by scalar: it waits from here and is copied in one go before the next piece that
    /// changes.
    var pendingStart = 0
    /// The piece being read: it starts at a normalization boundary and runs to the next one.
    var pieceStart = 0
    var pieceScalar: UInt32 = 0
    var pieceIsSingle = true
    var pieceChanges = false

    init(source: UnsafeBufferPointer<UInt8>, table: NormalizationTable?, scalarFold: ScalarFold) {
        self.source = source
        self.table = table
        self.scalarFold = scalarFold
        output = ByteBuffer(capacity: source.count + 16)
    }

    /// True when the current piece has to be folded and written when it ends.
    var pieceNeedsWork: Bool { pieceChanges || !pieceIsSingle }

    @inline(__always)
    mutating func startUnchangedPiece(at start: Int) {
        pieceStart = start
        pieceIsSingle = true
        pieceChanges = false
    }

    @inline(__always)
    mutating func startPiece(at start: Int, scalar: UInt32, changes: Bool) {
        pieceStart = start
        pieceScalar = scalar
        pieceIsSingle = true
        pieceChanges = changes
    }

    mutating func flushPending(upTo end: Int) {
        guard end > pendingStart else { return }
        let outputStart = output.count
        output.append(UnsafeBufferPointer(rebasing: source[pendingStart..<end]))
        segments.add(outputStart, end - pendingStart, pendingStart, end - pendingStart, linear: true)
        pendingStart = end
    }

    /// Ends the current piece at `end`; a piece that changes is folded and written now.
    @inline(__always)
    mutating func finishPiece(at end: Int) throws {
        guard end > pieceStart, pieceNeedsWork else { return }
        try writeChangedPiece(end: end)
    }

    private mutating func writeChangedPiece(end: Int) throws {
        flushPending(upTo: pieceStart)
        let outputStart = output.count
        let pieceLength = end - pieceStart
        if pieceIsSingle, pieceScalar < 0x10000, let table,
            table.flags(of: pieceScalar) & NormalizationTable.changes != 0
        {
            let replacement = table.replacement(for: pieceScalar)
            if scalarFold.isIdentity {
                output.append(replacement)
            } else {
                try TextFolder.appendFolded(replacement, scalarFold, to: &output)
            }
        } else if pieceIsSingle, table == nil || pieceScalar < 0x10000 {
            try scalarFold.fold(pieceScalar, into: &output)
        } else if let table, !pieceIsSingle, !pieceChanges, scalarFold.isIdentity,
            table.isNormalizedPiece(UnsafeBufferPointer(rebasing: source[pieceStart..<end]))
        {
            // A syllable that is already normalized: copied as it is, offset for offset.
            output.append(UnsafeBufferPointer(rebasing: source[pieceStart..<end]))
            segments.add(outputStart, pieceLength, pieceStart, pieceLength, linear: true)
            pendingStart = end
            return
        } else if let table {
            let normalized = try ICUBridge.normalize(
                UnsafeBufferPointer(rebasing: source[pieceStart..<end]), form: table.form, operation: "folding")
            try normalized.withUnsafeBufferPointer { try TextFolder.appendFolded($0, scalarFold, to: &output) }
        }
        let producedLength = output.count - outputStart
        let linear =
            pieceIsSingle && producedLength == pieceLength
            && ScalarFold.utf8Length(leadingByte: output[outputStart]) == producedLength
        segments.add(outputStart, producedLength, pieceStart, pieceLength, linear: linear)
        pendingStart = end
    }
}

/// Collects fold segments, merging neighbouring linear ones.
private struct SegmentBuilder {
    var segments: [FoldSegment] = []
    /// False when only the folded bytes are wanted.
    var isRecording = true

    mutating func add(
        _ foldedStart: Int, _ foldedLength: Int, _ originalStart: Int, _ originalLength: Int, linear: Bool
    ) {
        guard isRecording, foldedLength > 0 else { return }
        if linear, let last = segments.last, last.isLinear, last.foldedEnd == foldedStart,
            last.originalEnd == originalStart
        {
            segments[segments.count - 1].foldedLength += foldedLength
            segments[segments.count - 1].originalLength += originalLength
            return
        }
        segments.append(
            FoldSegment(
                foldedStart: foldedStart, foldedLength: foldedLength, originalStart: originalStart,
                originalLength: originalLength, isLinear: linear))
    }
}
