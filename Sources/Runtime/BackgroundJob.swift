import Dispatch

/// One throwing job run on another thread while the caller goes on; `wait`
/// returns its value or rethrows its error. Every job must be waited for.
public final class BackgroundJob<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchGroup()
    /// Set by the job's thread before `done` is left; read only after `wait`.
    private var result: Result<Value, any Error>?

    /// Starts `work` at once.
    public init(_ work: @escaping @Sendable () throws -> Value) {
        done.enter()
        DispatchQueue.global().async { [self] in
            result = Result(catching: work)
            done.leave()
        }
    }

    /// Waits for the job and returns its value, or rethrows what it threw.
    public func wait() throws -> Value {
        done.wait()
        return try result!.get()
    }
}
