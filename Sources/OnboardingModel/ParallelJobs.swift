import Dispatch

/// Runs independent jobs side by side on the machine's cores and hands each
/// result back through its own `JobSlot`, so the caller joins them in a fixed
/// order whichever finishes first: what the jobs produce never depends on
/// scheduling, so reports stay byte-identical from run to run.
public enum ParallelJobs {
    /// Runs every job and returns when all have finished.
    ///
    /// Jobs are handed to idle cores in the order given: put the largest
    /// first, so that none starts last on a core that is already busy.
    public static func run(_ jobs: [@Sendable () -> Void]) {
        DispatchQueue.concurrentPerform(iterations: jobs.count) { jobs[$0]() }
    }

    /// `0..<count` cut into `parts` contiguous ranges of near-equal size (in
    /// order, none empty unless `count` is smaller than `parts`).
    public static func ranges(of count: Int, parts: Int) -> [Range<Int>] {
        let parts = max(1, parts)
        return (0..<parts).map { part in (count * part / parts)..<(count * (part + 1) / parts) }
    }
}

/// The outcome of one job of `ParallelJobs`: written by that job alone, read
/// only after `ParallelJobs.run` has returned, which orders the two.
public final class JobSlot<Value: Sendable>: @unchecked Sendable {
    private var outcome: Result<Value, PipelineError>?

    public init() {}

    /// Keeps the job's value.
    public func fill(_ value: Value) {
        outcome = .success(value)
    }

    /// Runs `body` and keeps what it returns or throws.
    public func fill(_ body: () throws(PipelineError) -> Value) {
        outcome = Result(catching: body)
    }

    /// The job's value, or its error rethrown.
    public func take() throws(PipelineError) -> Value {
        guard let outcome else { preconditionFailure("JobSlot taken before its job ran") }
        return try outcome.get()
    }

    /// The value of a job that cannot fail, moved out: the slot no longer
    /// holds it, so a large result is not kept alive twice.
    public func takeValue() -> Value {
        let taken = value
        outcome = nil
        return taken
    }

    /// The value of a job that cannot fail.
    public var value: Value {
        guard case .success(let value)? = outcome else { preconditionFailure("JobSlot read before its job ran") }
        return value
    }
}
