/// An error using the router: an unknown session or interpreter, or a session id used twice.
public struct RoutingError: Error, Hashable, Sendable, CustomStringConvertible {
    fileprivate enum Kind: Hashable, Sendable {
        case unknownSession
        case duplicateSession
        case unknownInterpreter
    }

    /// What kind of failure this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        fileprivate let kind: Kind

        /// No live session has the id.
        public static let unknownSession = Code(kind: .unknownSession)
        /// A session with the id already exists (or existed).
        public static let duplicateSession = Code(kind: .duplicateSession)
        /// No interpreter in the roster has the id.
        public static let unknownInterpreter = Code(kind: .unknownInterpreter)

        /// The code's name.
        public var description: String { "\(kind)" }
    }

    /// What kind of failure this is.
    public let code: Code
    /// One English sentence.
    public let message: String

    /// The ``message``.
    public var description: String { message }

    static func unknownSession(_ id: SessionID) -> RoutingError {
        RoutingError(code: .unknownSession, message: "No live session has the id \"\(id)\".")
    }

    static func duplicateSession(_ id: SessionID) -> RoutingError {
        RoutingError(code: .duplicateSession, message: "A session with the id \"\(id)\" already exists.")
    }

    static func unknownInterpreter(_ id: InterpreterID) -> RoutingError {
        RoutingError(code: .unknownInterpreter, message: "No interpreter in the roster has the id \"\(id)\".")
    }
}
