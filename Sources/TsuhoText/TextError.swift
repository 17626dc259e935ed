/// An error from Tsuho's Unicode services: an unknown transform id, locale or pattern, or bad bytes.
///
/// The ``message`` is one English sentence that names what failed and the value that caused it, so a
/// command-line tool can print it as it is:
///
/// ```swift
/// do {
///     _ = try Transliterator(id: "Klingon-Latin")
/// } catch let error as TextError {
///     print(error)  // Unknown transform id "Klingon-Latin" (U_INVALID_ID).
/// }
/// ```
public struct TextError: Error, Hashable, Sendable, CustomStringConvertible {
    fileprivate enum Kind: Hashable, Sendable {
        case unknownTransform
        case invalidPattern
        case unknownLocale
        case malformedLanguageTag
        case invalidUTF8
        case missingArgument
        case icuFailure
    }

    /// What kind of failure this is, for code that reacts to some kinds and not others.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        fileprivate let kind: Kind

        /// ICU has no transform with the given id.
        public static let unknownTransform = Code(kind: .unknownTransform)
        /// An ICU MessageFormat pattern has a syntax error.
        public static let invalidPattern = Code(kind: .invalidPattern)
        /// ICU has no locale data for a well-formed language tag.
        public static let unknownLocale = Code(kind: .unknownLocale)
        /// A language tag is not well-formed BCP 47.
        public static let malformedLanguageTag = Code(kind: .malformedLanguageTag)
        /// Bytes are not valid UTF-8.
        public static let invalidUTF8 = Code(kind: .invalidUTF8)
        /// A message was formatted without a value for one of its arguments.
        public static let missingArgument = Code(kind: .missingArgument)
        /// ICU reported a failure it should not have for valid input (for example, out of memory).
        public static let icuFailure = Code(kind: .icuFailure)

        /// The code's name, such as `unknownTransform`.
        public var description: String { "\(kind)" }
    }

    /// What kind of failure this is.
    public let code: Code
    /// One English sentence naming what failed and where.
    public let message: String
    /// For ``Code/invalidUTF8``, the offset of the first bad byte; for ``Code/invalidPattern``, the
    /// UTF-16 offset of the syntax error when ICU reports one.
    public let offset: Int?

    /// The ``message``.
    public var description: String { message }

    static func unknownTransform(id: String, reason: String) -> TextError {
        TextError(code: .unknownTransform, message: "Unknown transform id \"\(id)\" (\(reason)).", offset: nil)
    }

    static func invalidPattern(_ pattern: String, offset: Int?, reason: String) -> TextError {
        let place = offset.map { " at offset \($0)" } ?? ""
        return TextError(
            code: .invalidPattern, message: "Invalid MessageFormat pattern \"\(pattern)\"\(place) (\(reason)).",
            offset: offset)
    }

    static func unknownLocale(_ tag: String) -> TextError {
        TextError(code: .unknownLocale, message: "Unknown locale \"\(tag)\": ICU has no data for it.", offset: nil)
    }

    static func malformedLanguageTag(_ tag: String) -> TextError {
        TextError(
            code: .malformedLanguageTag,
            message: "Malformed language tag \"\(tag)\": expected BCP 47, such as \"vi\" or \"zh-Hant\".",
            offset: nil)
    }

    static func invalidUTF8(source: String, offset: Int, byte: UInt8?) -> TextError {
        let what = byte.map { "invalid byte 0x\(String($0, radix: 16, uppercase: true))" } ?? "truncated sequence"
        return TextError(
            code: .invalidUTF8, message: "\(source) is not valid UTF-8: \(what) at byte offset \(offset).",
            offset: offset)
    }

    static func missingArgument(_ name: String, pattern: String) -> TextError {
        TextError(
            code: .missingArgument, message: "Missing argument \"\(name)\" for pattern \"\(pattern)\".", offset: nil)
    }

    static func icuFailure(operation: String, name: String) -> TextError {
        TextError(code: .icuFailure, message: "ICU failed in \(operation) (\(name)).", offset: nil)
    }
}
