#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A dedicated OS thread running one piece of work, joined before the work's
/// inputs go away.
///
/// Not a Dispatch queue: the work blocks waiting for the thread that feeds
/// it (or drains it), and queues whose threads all block can starve the very
/// thread they wait for.
public final class WorkerThread: @unchecked Sendable {
    private var thread = pthread_t()
    private let work: () -> Void

    /// - Parameter work: runs on the new thread once `start` is called.
    public init(_ work: @escaping () -> Void) {
        self.work = work
    }

    /// Starts the thread; it keeps this worker, and what `work` holds, alive
    /// until `work` returns.
    public func start() {
        let context = Unmanaged.passRetained(self).toOpaque()
        let status = pthread_create(&thread, nil, { context in
            let worker = Unmanaged<WorkerThread>.fromOpaque(context!).takeRetainedValue()
            worker.work()
            return nil
        }, context)
        precondition(status == 0, "pthread_create failed: \(status)")
    }

    /// Waits for `work` to return; whatever it wrote is visible afterwards.
    public func join() {
        pthread_join(thread, nil)
    }
}
