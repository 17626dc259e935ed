import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Appends records to an audit log and flushes them to disk (`fsync`) before returning.
///
/// Records that cannot be written stay queued, in order, and are written first the next time, so the log
/// never has a gap: a later record is never on disk before an earlier one.
final class AuditLogWriter {
    let path: String
    private let descriptor: Int32
    /// Encoded lines not yet written.
    private var pending: [UInt8] = []
    /// Bytes written but not yet flushed to disk.
    private var needsSync = false

    /// Opens (or creates) a log for appending, first cutting off a torn last line at `completeLength`
    /// when given: a torn line was never reported done, so nothing acknowledged is lost, and new
    /// records start on a line of their own.
    init(path: String, truncatingTo completeLength: Int? = nil) throws {
        self.path = path
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw AuditLogError.unwritable(path, String(cString: strerror(errno)))
        }
        self.descriptor = descriptor
        if let completeLength {
            guard ftruncate(descriptor, off_t(completeLength)) == 0, fsync(descriptor) == 0 else {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                throw AuditLogError.unwritable(path, "cannot cut off the torn last line: \(reason)")
            }
        }
    }

    deinit {
        close(descriptor)
    }

    /// Appends records and flushes them to disk.
    ///
    /// - Throws: ``AuditLogError`` with code ``AuditLogError/Code/unwritable`` when writing or flushing
    ///   fails; the records stay queued.
    func append(_ transitions: [SessionTransition]) throws {
        for transition in transitions {
            pending += AuditLog.line(for: transition).utf8
        }
        try flush()
    }

    /// Writes every queued record and flushes the file to disk.
    ///
    /// - Throws: ``AuditLogError`` with code ``AuditLogError/Code/unwritable`` when that fails.
    func flush() throws {
        while !pending.isEmpty {
            let written = pending.withUnsafeBytes { buffer in
                Self.posixWrite(descriptor, buffer.baseAddress, buffer.count)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw AuditLogError.unwritable(path, String(cString: strerror(errno)))
            }
            pending.removeFirst(written)
            needsSync = true
        }
        if needsSync {
            guard fsync(descriptor) == 0 else {
                throw AuditLogError.unwritable(path, "cannot flush to disk: \(String(cString: strerror(errno)))")
            }
            needsSync = false
        }
    }

    private static func posixWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
            Glibc.write(descriptor, bytes, count)
        #else
            Darwin.write(descriptor, bytes, count)
        #endif
    }
}
