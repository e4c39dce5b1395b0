/// Runs a batch of independent jobs and returns once every one has finished.
///
/// The model and the metrics never start threads: a function with independent
/// parts hands them to the runner its caller chose. The CLI passes the Runtime
/// module's job pool (`JobRunner(ParallelJobs.run)`); tests and tools take
/// `serial`. Each job writes only its own `JobSlot`, read once `run` has
/// returned, so results are joined in one fixed order and never depend on the
/// runner.
public struct JobRunner: Sendable {
    private let runJobs: @Sendable ([@Sendable () -> Void]) -> Void

    /// - Parameter run: runs every job it is given and returns when all have
    ///   finished, their writes visible to its caller.
    public init(_ run: @escaping @Sendable ([@Sendable () -> Void]) -> Void) {
        runJobs = run
    }

    /// Runs every job and returns when all have finished.
    ///
    /// A parallel runner hands jobs to idle cores in the order given: put the
    /// largest first, so that none starts last on a core that is already busy.
    public func run(_ jobs: [@Sendable () -> Void]) {
        runJobs(jobs)
    }

    /// One job after another on the calling thread, in the order given.
    public static let serial = JobRunner { jobs in
        for job in jobs { job() }
    }

    /// `0..<count` cut into `parts` contiguous ranges of near-equal size (in
    /// order, none empty unless `count` is smaller than `parts`): work split
    /// into jobs the same way whatever runs them.
    public static func ranges(of count: Int, parts: Int) -> [Range<Int>] {
        let parts = max(1, parts)
        return (0..<parts).map { part in (count * part / parts)..<(count * (part + 1) / parts) }
    }
}
