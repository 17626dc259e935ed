/// What a request for an interpreter gave.
public enum Assignment: Sendable, Hashable, CustomStringConvertible {
    /// An interpreter is being offered the session (their phone rings); the call-taker keeps the
    /// fallback until they accept.
    case offered(InterpreterID, RouteKind)
    /// Every interpreter who could take the session is busy or off duty: it waits at this place in its
    /// language's queue (1 is next) and the call-taker uses the fallback meanwhile.
    case queued(position: Int, meanwhile: Fallback)
    /// Nobody in the roster interprets the language or any of its relay languages: the session ended
    /// at once with ``EndReason/noInterpreter`` and the call-taker carries on with the fallback.
    case fallback(Fallback)

    /// "offered to X (direct (native))", "queued at 3 (meanwhile easy-japanese-with-pictograms)",
    /// "fallback: easy-japanese-with-pictograms".
    public var description: String {
        switch self {
        case .offered(let id, let route): "offered to \(id) (\(route))"
        case .queued(let position, let fallback): "queued at \(position) (meanwhile \(fallback))"
        case .fallback(let fallback): "fallback: \(fallback)"
        }
    }
}
