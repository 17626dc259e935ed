/// ICU's behaviour for every BMP code point under one normalization form, read once from ICU.
///
/// Folding splits text where ICU says a character "always has a normalization boundary before it"
/// (`Normalizer2::hasBoundaryBefore`): the pieces normalize independently, so each piece's output maps
/// exactly to that piece of the original. A piece of one BMP character is looked up here; longer pieces
/// (a letter with combining marks, ｶ with ﾞ) and characters outside the BMP go to ICU itself.
struct NormalizationTable: @unchecked Sendable {
    // Safety: the buffers are written once in `init` and never freed or changed; the two tables are
    // process-wide constants.

    /// The flag of a code point that always has a normalization boundary before it.
    static let boundaryBefore: UInt8 = 1
    /// The flag of a code point that changes when normalized alone.
    static let changes: UInt8 = 2
    /// The flag of a code point that may combine with what comes before it (quick check "maybe").
    static let combinesBackward: UInt8 = 4

    let form: ICUBridge.Form
    private let flags: UnsafeBufferPointer<UInt8>
    private let combiningClasses: UnsafeBufferPointer<UInt8>
    private let spans: UnsafeBufferPointer<Int32>
    private let replacements: UnsafeBufferPointer<UInt8>

    private init(form: ICUBridge.Form) throws {
        self.form = form
        let (flagArray, classArray, spanArray, replacementArray) = try ICUBridge.foldTable(form: form)
        flags = UnsafeBufferPointer(Self.permanentCopy(of: flagArray))
        combiningClasses = UnsafeBufferPointer(Self.permanentCopy(of: classArray))
        spans = UnsafeBufferPointer(Self.permanentCopy(of: spanArray))
        replacements = UnsafeBufferPointer(Self.permanentCopy(of: replacementArray))
    }

    /// The flags of a scalar: ``boundaryBefore`` and ``changes``. Outside the BMP, ICU is asked each time
    /// (emoji, rare ideographs), and a scalar that is not inert counts as changing, so ICU normalizes it.
    @inline(__always)
    func flags(of scalar: UInt32) -> UInt8 {
        if scalar < 0x10000 {
            return flags[Int(scalar)]
        }
        let answer = ICUBridge.normalizationFlags(form: form, scalar: scalar)
        return (answer.boundaryBefore ? Self.boundaryBefore : 0) | (answer.inert ? 0 : Self.changes)
    }

    /// Tells whether a piece of several scalars (a letter and its marks) is already normalized: no scalar
    /// changes alone, none after the first can combine with what precedes it, and the marks are in
    /// canonical order. Thai, Devanagari, Khmer, Burmese and Arabic syllables usually are, and then need
    /// no call to ICU.
    func isNormalizedPiece(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        var previousClass: UInt8 = 0
        var first = true
        while index < bytes.count {
            let (scalar, length) = ScalarFold.decodeScalar(bytes, at: index)
            guard scalar < 0x10000 else { return false }
            let flag = flags[Int(scalar)]
            if flag & Self.changes != 0 || (!first && flag & Self.combinesBackward != 0) {
                return false
            }
            let combiningClass = combiningClasses[Int(scalar)]
            if combiningClass != 0, combiningClass < previousClass {
                return false
            }
            previousClass = combiningClass
            first = false
            index += length
        }
        return true
    }

    /// The normalized UTF-8 of a BMP scalar whose flags say it changes alone.
    @inline(__always)
    func replacement(for scalar: UInt32) -> UnsafeBufferPointer<UInt8> {
        let index = Int(scalar)
        let start = Int(spans[2 * index])
        return UnsafeBufferPointer(rebasing: replacements[start..<(start + Int(spans[2 * index + 1]))])
    }

    static let caseFold: Result<NormalizationTable, TextError> = load(.nfkcCasefold)
    static let width: Result<NormalizationTable, TextError> = load(.widthFold)

    private static func load(_ form: ICUBridge.Form) -> Result<NormalizationTable, TextError> {
        Result { try NormalizationTable(form: form) }.mapError { error in
            error as? TextError ?? TextError.icuFailure(operation: "normalization table", name: "\(error)")
        }
    }

    private static func permanentCopy<Element>(of array: [Element]) -> UnsafeMutableBufferPointer<Element> {
        let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(array.count, 1))
        _ = buffer.initialize(from: array)
        return UnsafeMutableBufferPointer(rebasing: buffer[0..<array.count])
    }
}
