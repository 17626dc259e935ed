/// A key that typo-tolerant lookup compares against, as Unicode scalars.
struct TypoCandidate: Sendable {
    let scalars: [UInt32]
    let posting: Posting
}
