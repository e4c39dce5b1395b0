import Dispatch

/// A counting semaphore between threads that hand work to each other: `wait`
/// takes one unit, blocking until there is one; `signal` gives one back.
///
/// Created at zero and signalled up to its starting count: libdispatch traps
/// when a semaphore is released holding less than the value it was created
/// with, which a consumer that stopped early can leave behind.
public struct Semaphore: @unchecked Sendable {
    @usableFromInline let base: DispatchSemaphore

    /// - Parameter count: units available at the start (1 makes a lock).
    public init(count: Int = 0) {
        base = DispatchSemaphore(value: 0)
        for _ in 0..<count { base.signal() }
    }

    @inlinable public func wait() {
        base.wait()
    }

    @inlinable public func signal() {
        base.signal()
    }
}
