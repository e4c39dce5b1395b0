import Dispatch
import OnboardingModel

/// Runs independent file reads side by side on the machine's cores and hands
/// each result back through its own `ReadSlot`, so the caller joins them in a
/// fixed order whichever finishes first.
enum ParallelReads {
    /// Runs every job and returns when all have finished.
    ///
    /// Jobs are started in the order given (put the largest first so that it
    /// does not start last on a busy core); each fills its own slot.
    static func run(_ jobs: [@Sendable () -> Void]) {
        DispatchQueue.concurrentPerform(iterations: jobs.count) { jobs[$0]() }
    }
}

/// The outcome of one job of `ParallelReads`: written by that job alone, read
/// only after `ParallelReads.run` has returned, which orders the two.
final class ReadSlot<Value: Sendable>: @unchecked Sendable {
    private var outcome: Result<Value, PipelineError>?

    init() {}

    /// Runs `body` and keeps what it returns or throws.
    func fill(_ body: () throws(PipelineError) -> Value) {
        outcome = Result(catching: body)
    }

    /// The job's value, or its error rethrown.
    func take() throws(PipelineError) -> Value {
        guard let outcome else { preconditionFailure("ReadSlot taken before its job ran") }
        return try outcome.get()
    }
}
