import Dispatch

/// The job pool: runs independent jobs side by side on the machine's cores.
///
/// The domain takes it as a `JobRunner` (`JobRunner(ParallelJobs.run)`),
/// never directly, and joins the jobs' `JobSlot`s in a fixed order once `run`
/// returns: what the jobs produce never depends on scheduling, so reports stay
/// byte-identical from run to run.
public enum ParallelJobs {
    /// Runs every job and returns when all have finished; whatever the jobs
    /// wrote is visible to the caller afterwards.
    ///
    /// Jobs are handed to idle cores in the order given: put the largest
    /// first, so that none starts last on a core that is already busy.
    public static func run(_ jobs: [@Sendable () -> Void]) {
        DispatchQueue.concurrentPerform(iterations: jobs.count) { jobs[$0]() }
    }
}
