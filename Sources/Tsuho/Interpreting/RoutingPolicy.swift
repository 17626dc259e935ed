public import Foundation

/// The router's timing rules.
public struct RoutingPolicy: Sendable, Hashable, Codable {
    /// How long an interpreter has to answer an offer before it goes to the next candidate (20 s).
    public var offerTimeout: TimeInterval
    /// How long an interpreter who declined or missed an offer, or dropped out of a session, is not
    /// offered that same session again (60 s). After that they are a candidate for it again, so a
    /// session never waits for ever because everyone once declined it.
    public var retryAfter: TimeInterval

    /// Creates a policy.
    ///
    /// - Parameters:
    ///   - offerTimeout: Seconds to answer an offer.
    ///   - retryAfter: Seconds before an interpreter who declined a session is offered it again.
    public init(offerTimeout: TimeInterval = 20, retryAfter: TimeInterval = 60) {
        self.offerTimeout = offerTimeout
        self.retryAfter = retryAfter
    }
}
