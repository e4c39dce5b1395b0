/// The outcome of one job run beside others (by a `JobRunner`, or the Runtime
/// module's `ParallelJobs`): written by that job alone, read only after the
/// run has returned, which orders the two.
///
/// One slot per job, joined in a fixed order, is what keeps a job's results
/// and errors independent of which job finished first.
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
