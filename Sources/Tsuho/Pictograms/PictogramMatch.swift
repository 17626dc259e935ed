/// A pictogram found for a caller's text, with the words that called for it.
public struct PictogramMatch: Sendable, Hashable {
    /// The pictogram.
    public let pictogram: Pictogram
    /// The concept it illustrates here.
    public let conceptID: String
    /// The caller's words, where they are in the text, and the dictionary form they matched.
    public let term: SpottedTerm

    /// Creates a match.
    ///
    /// - Parameters:
    ///   - pictogram: The pictogram.
    ///   - conceptID: The concept it illustrates.
    ///   - term: The spotted term.
    public init(pictogram: Pictogram, conceptID: String, term: SpottedTerm) {
        self.pictogram = pictogram
        self.conceptID = conceptID
        self.term = term
    }
}
