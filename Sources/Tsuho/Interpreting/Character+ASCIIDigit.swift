extension Character {
    /// True for the ASCII digits 0-9.
    var isASCIIDigit: Bool { isASCII && isNumber }
}
