extension String {
    /// The string padded with spaces to a width (characters), on the right or the left.
    func padding(_ width: Int, left: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - count))
        return left ? fill + self : self + fill
    }
}
