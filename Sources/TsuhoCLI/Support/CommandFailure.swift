import ArgumentParser
import Foundation
import Tsuho
import TsuhoText

/// Turns library errors into what a shell expects: a message on standard error and an exit code.
///
/// Bad data (invalid UTF-8, a malformed data file) exits with 65 (EX_DATAERR); a bad argument value
/// (an unknown transform id, locale, concept or language) is a usage error (64); a refused edit exits
/// with 1.
enum CommandFailure {
    /// Runs `body`, reporting a library error as the command's failure.
    static func reporting<Result>(_ body: () throws -> Result) throws -> Result {
        do {
            return try body()
        } catch let error as TextError where error.code == .invalidUTF8 {
            throw exit(message: error.message, code: 65)
        } catch let error as TextError {
            throw ValidationError(error.message)
        } catch let error as DataError {
            throw exit(message: error.message, code: 65)
        } catch let error as LexiconError where error.code == .malformedData {
            throw exit(message: error.message, code: 65)
        } catch let error as LexiconError where error.code == .conflict {
            throw exit(message: error.message, code: 1)
        } catch let error as LexiconError {
            throw ValidationError(error.message)
        } catch let error as IntakeError {
            throw exit(message: error.description, code: 65)
        } catch let error as PhrasebookError where error.code == .malformedData {
            throw exit(message: error.message, code: 65)
        } catch let error as PhrasebookError {
            throw ValidationError(error.message)
        } catch let error as PictogramError where error.code == .malformedData {
            throw exit(message: error.message, code: 65)
        } catch let error as PictogramError {
            throw ValidationError(error.message)
        }
    }

    /// Prints a message to standard error and returns the exit to throw.
    static func exit(message: String, code: Int32) -> ExitCode {
        FileHandle.standardError.write(Data("tsuho: \(message)\n".utf8))
        return ExitCode(code)
    }
}
