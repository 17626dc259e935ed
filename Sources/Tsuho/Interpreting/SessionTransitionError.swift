/// A session change the state machine does not allow, such as `connected(a)` to `connected(b)`, an
/// interpreter accepting an offer made to someone else, or any change after `ended`.
///
/// Nothing changes when this is thrown.
public struct SessionTransitionError: Error, Hashable, Sendable, CustomStringConvertible {
    fileprivate enum Kind: Hashable, Sendable {
        case invalidTransition
        case sessionEnded
    }

    /// What kind of failure this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        fileprivate let kind: Kind

        /// The change does not follow the state machine.
        public static let invalidTransition = Code(kind: .invalidTransition)
        /// The session has already ended; nothing follows `ended`.
        public static let sessionEnded = Code(kind: .sessionEnded)

        /// The code's name.
        public var description: String { "\(kind)" }
    }

    /// What kind of failure this is.
    public let code: Code
    /// The session.
    public let session: SessionID
    /// Its state.
    public let from: SessionState
    /// The state asked for.
    public let to: SessionState
    /// One English sentence.
    public let message: String

    /// The ``message``.
    public var description: String { message }

    /// An answer (accept or decline) from an interpreter the session is not being offered to.
    init(session: SessionID, state: SessionState, notOfferedTo interpreter: InterpreterID, wouldBecome to: SessionState)
    {
        self.session = session
        from = state
        self.to = to
        code = state.isTerminal ? .sessionEnded : .invalidTransition
        message = "Session \(session) is not being offered to \(interpreter): it is \(state)."
    }

    init(session: SessionID, from: SessionState, to: SessionState) {
        self.session = session
        self.from = from
        self.to = to
        if from.isTerminal {
            code = .sessionEnded
            message = "Session \(session) has ended (\(from)); it cannot become \(to)."
        } else {
            code = .invalidTransition
            message = "Session \(session) cannot go from \(from) to \(to)."
        }
    }
}
