import Foundation
import OnboardingModel

/// An exclusive lock on a report output directory, so that two runs (say a
/// cron job and an analyst) never write the same report at once.
///
/// `flock` on `OUT/.lock`: the kernel drops it when the process dies, so a
/// crashed run never leaves a stale lock behind. The lock file is opened with
/// `O_NOFOLLOW` and must be a regular file: a symlink planted at `.lock` is
/// refused, never followed to create or open its target.
final class OutputDirectoryLock {
    private let descriptor: Int32

    /// Creates `directory` if needed and takes the lock, or throws: `.locked`
    /// (75) when another run holds it, `.cannotWrite` (73) when the directory
    /// cannot be created.
    init(directory: String) throws {
        try OutputDirectoryLock.createDirectory(directory)
        let path = (directory as NSString).appendingPathComponent(".lock")
        // O_NONBLOCK: a FIFO planted at the name must not block the open; it is refused below.
        let fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            let hint = errno == ELOOP ? "it is a symbolic link; remove it (the lock file is re-created)"
                : "check that the output directory is writable"
            throw PipelineError(.cannotWrite, "\(path): cannot create the lock file (\(String(cString: strerror(errno)))); "
                + "\(hint).")
        }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            throw PipelineError(.cannotWrite, "\(path): the lock file is not a regular file; remove it "
                + "(the lock file is re-created).")
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw PipelineError(.locked, "\(directory) is locked by another onboarding-report run; "
                + "wait for it to finish (the lock is released when it exits).")
        }
        descriptor = fd
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    static func createDirectory(_ directory: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            let reason = PathDiagnosis.cannotCreateDirectory(
                directory, systemReason: (error as NSError).userInfo[NSUnderlyingErrorKey].map { "\($0)" }
                    ?? String(cString: strerror(EACCES)))
            throw PipelineError(.cannotWrite, "\(directory): cannot create the output directory (\(reason)); "
                + "choose another --out or fix its permissions.")
        }
    }
}
