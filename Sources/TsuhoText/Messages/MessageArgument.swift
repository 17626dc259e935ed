/// A value for a named argument of a ``MessageTemplate``.
///
/// Numbers drive plural and select rules (`{count, plural, one {# person} other {# people}}`).
public enum MessageArgument: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral
{
    /// A text, inserted as it is.
    case text(String)
    /// A number, formatted for the locale.
    case number(Double)

    /// Creates a text argument from a string literal.
    public init(stringLiteral value: String) {
        self = .text(value)
    }

    /// Creates a number argument from an integer literal.
    public init(integerLiteral value: Int) {
        self = .number(Double(value))
    }

    /// Creates a number argument from a floating-point literal.
    public init(floatLiteral value: Double) {
        self = .number(value)
    }

    /// Reads a command-line value: a number when it parses as one, else text.
    ///
    /// - Parameter value: The value as typed.
    public init(parsing value: String) {
        if let number = Double(value), number.isFinite {
            self = .number(number)
        } else {
            self = .text(value)
        }
    }
}
