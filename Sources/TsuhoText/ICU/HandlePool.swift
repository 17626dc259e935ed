internal import Synchronization

/// A pool of copies of one compiled ICU object, so many tasks can use it at once.
///
/// ICU's transliterators and break iterators are not thread-safe, and compiling one is slow. The pool
/// compiles the prototype once, hands each caller a copy of its own for the duration of one call, and
/// keeps returned copies for the next caller.
final class HandlePool: Sendable {
    private let prototype: ICUBridge.Handle
    private let idle = Mutex<[ICUBridge.Handle]>([])
    private let copy: @Sendable (ICUBridge.Handle) throws -> ICUBridge.Handle
    private let close: @Sendable (ICUBridge.Handle) -> Void
    /// How many idle copies to keep; more than the cores that can use them at once would be waste.
    private let maximumIdle = 16

    init(
        prototype: ICUBridge.Handle, copy: @escaping @Sendable (ICUBridge.Handle) throws -> ICUBridge.Handle,
        close: @escaping @Sendable (ICUBridge.Handle) -> Void
    ) {
        self.prototype = prototype
        self.copy = copy
        self.close = close
    }

    deinit {
        idle.withLock { handles in
            handles.forEach(close)
        }
        close(prototype)
    }

    /// Runs `body` with a handle no other task uses meanwhile.
    func withHandle<Result>(_ body: (ICUBridge.Handle) throws -> Result) throws -> Result {
        let handle = try idle.withLock { $0.popLast() } ?? copy(prototype)
        defer {
            let kept = idle.withLock { handles in
                guard handles.count < maximumIdle else { return false }
                handles.append(handle)
                return true
            }
            if !kept {
                close(handle)
            }
        }
        return try body(handle)
    }
}
