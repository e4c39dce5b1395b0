import Foundation
import OnboardingModel

/// Publishes a report directory so that it appears complete or not at all (SPEC §7).
///
/// Files are written into a hidden staging directory beside the target,
/// flushed to disk, then exchanged with the label's directory in one atomic
/// step (or renamed into place when the label is new); the old report, now at
/// the staging path, is removed, and `latest` is re-pointed (`LatestLink`).
/// A kill at any point leaves the previous report (or the new one) whole under
/// its label and a `latest` that resolves; the next run removes what is left
/// over (`PublishDebris`). SIGTERM and SIGINT clean up at once (`InterruptCleanup`).
struct ReportPublisher {
    /// `OUT/<period>`.
    let periodDirectory: String
    let label: String

    var finalPath: String { path(label) }
    /// Where the reject gate leaves the rejected rows of a report it stopped.
    var rejectsPath: String { finalPath + ".rejects.csv" }

    /// Creates a fresh staging directory and returns its path.
    ///
    /// `mkdir` fails on anything already there, a planted symlink included, so
    /// the report is never written through one.
    func makeStagingDirectory() throws -> String {
        try OutputDirectoryLock.createDirectory(periodDirectory)
        let staging = path(PublishDebris.staging + "\(label)-\(getpid())")
        PublishDebris.remove(staging)
        guard mkdir(staging, 0o755) == 0 else { throw cannotWrite(staging) }
        InterruptCleanup.shared.register(staging)
        return staging
    }

    /// Moves the staged report into place and points `latest` at the newest label.
    ///
    /// - Returns: nil, or the error to report when the report is published but
    ///   `latest` could not be updated.
    /// - Throws: `.cannotWrite` when the report could not be published; the
    ///   previous report is then still in place.
    func publish(staging: String) throws -> PipelineError? {
        FaultInjection.point("staged")
        try DurableFiles.syncTree(staging)
        try DurableFiles.syncDirectory(periodDirectory)
        FaultInjection.point("exchange")
        let old = try InterruptCleanup.shared.critical { try moveIntoPlace(staging) }
        try? DurableFiles.syncDirectory(periodDirectory)
        FaultInjection.point("exchanged")
        if let old {
            PublishDebris.remove(old)
            InterruptCleanup.shared.unregister(old)
        }
        // A successful run of this label leaves no stale rejected rows beside it.
        unlink(rejectsPath)
        FaultInjection.point("old-removed")
        do {
            try LatestLink.update(in: periodDirectory)
        } catch {
            return latestNotUpdated(error)
        }
        FaultInjection.point("published")
        return nil
    }

    /// Removes a staging directory after a failed run.
    func discard(staging: String) {
        PublishDebris.remove(staging)
        InterruptCleanup.shared.unregister(staging)
    }

    /// Puts `staging` at the label; returns where the old report now is (nil when there was none).
    private func moveIntoPlace(_ staging: String) throws -> String? {
        var info = stat()
        guard lstat(finalPath, &info) == 0 else {
            guard rename(staging, finalPath) == 0 else { throw cannotWrite(finalPath) }
            InterruptCleanup.shared.unregister(staging)
            return nil
        }
        let failure = DirectoryExchange.exchange(staging, finalPath)
        if failure == 0 { return staging }
        guard DirectoryExchange.isUnsupported(failure) else {
            errno = failure
            throw cannotWrite(finalPath)
        }
        // No exchange on this file system: two renames. A kill between them leaves
        // the old report under `.retired-`, and the next run puts it back.
        let retired = path(PublishDebris.retired + "\(label)-\(getpid())")
        guard rename(finalPath, retired) == 0 else { throw cannotWrite(finalPath) }
        FaultInjection.point("retired")
        guard rename(staging, finalPath) == 0 else {
            let error = cannotWrite(finalPath)
            rename(retired, finalPath)
            throw error
        }
        InterruptCleanup.shared.unregister(staging)
        InterruptCleanup.shared.register(retired)
        return retired
    }

    private func latestNotUpdated(_ failure: LatestLink.Failure) -> PipelineError {
        let latest = LatestLink.path(in: periodDirectory)
        let now = failure.current.map { "it still points at \($0)" } ?? "it is not a link to a report"
        return PipelineError(.cannotWrite, """
            the report is published in \(finalPath), but \(latest) could not be pointed at \(failure.newest) \
            (\(failure.reason)); \(now). Remove whatever is at \(latest) and run again, \
            or point it by hand: ln -sfn \(failure.newest) \(latest)
            """)
    }

    private func path(_ name: String) -> String {
        (periodDirectory as NSString).appendingPathComponent(name)
    }

    private func cannotWrite(_ path: String) -> PipelineError {
        PipelineError(.cannotWrite, "\(path): cannot publish the report (\(String(cString: strerror(errno)))); "
            + "check that the output directory is writable. The previous report, if any, is unchanged.")
    }
}
