import ArgumentParser
import Foundation
import Tsuho

/// Turns interpreting errors into what a shell expects, then defers to ``CommandFailure`` for the rest:
/// a malformed roster or audit log exits with 65 (EX_DATAERR), an unknown session or interpreter is a
/// usage error (64).
enum InterpretingFailure {
    /// Runs `body`, reporting a library error as the command's failure.
    static func reporting<Result>(_ body: () throws -> Result) throws -> Result {
        do {
            return try CommandFailure.reporting(body)
        } catch let error as RosterError {
            throw CommandFailure.exit(message: error.message, code: 65)
        } catch let error as AuditLogError {
            throw CommandFailure.exit(message: error.message, code: 65)
        } catch let error as RoutingError {
            throw ValidationError(error.message)
        }
    }
}
