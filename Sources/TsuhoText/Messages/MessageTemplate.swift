internal import Synchronization

/// An ICU MessageFormat pattern compiled for a locale, formatted with named arguments.
///
/// Plural rules come from the locale, so one pattern serves "1 person" and "3 people" in English and
/// the single form of Vietnamese or Japanese:
///
/// ```swift
/// let template = try MessageTemplate(
///     pattern: "{count, plural, one {# person is} other {# people are}} injured.",
///     locale: ICULocale("en"))
/// try template.format(["count": 3])  // "3 people are injured."
/// ```
public final class MessageTemplate: Sendable {
    /// The pattern as given.
    public let pattern: String
    /// The locale whose plural rules and number formats are used.
    public let locale: ICULocale
    /// The argument names the pattern uses, in order of first use.
    public let argumentNames: [String]
    private let handle: Mutex<ICUBridge.Handle>

    /// Compiles a pattern.
    ///
    /// - Parameters:
    ///   - pattern: An ICU MessageFormat pattern with named arguments.
    ///   - locale: The locale of the text.
    /// - Throws: ``TextError`` with code ``TextError/Code/invalidPattern`` naming the pattern and the
    ///   offset of the error.
    public init(pattern: String, locale: ICULocale) throws {
        self.pattern = pattern
        self.locale = locale
        let (compiled, names) = try ICUBridge.openMessageFormat(pattern: pattern, localeID: locale.identifier)
        argumentNames = names
        handle = Mutex(compiled)
    }

    deinit {
        handle.withLock { ICUBridge.closeMessageFormat($0) }
    }

    /// Formats the pattern.
    ///
    /// - Parameter arguments: A value for every name in ``argumentNames``; other names are ignored, so
    ///   one set of arguments serves the same message in every language.
    /// - Returns: The formatted text.
    /// - Throws: ``TextError`` with code ``TextError/Code/missingArgument`` naming the first argument that
    ///   has no value.
    public func format(_ arguments: [String: MessageArgument]) throws -> String {
        if let missing = argumentNames.first(where: { arguments[$0] == nil }) {
            throw TextError.missingArgument(missing, pattern: pattern)
        }
        let values: [(name: String, value: ICUBridge.MessageValue)] = argumentNames.compactMap { name in
            switch arguments[name] {
            case .text(let text): (name, .text(text))
            case .number(let number): (name, .number(number))
            case nil: nil
            }
        }
        return try handle.withLock { try ICUBridge.formatMessage($0, arguments: values) }
    }
}
