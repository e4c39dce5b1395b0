import Foundation
import OnboardingModel

/// Publishes a report directory so that it appears complete or not at all.
///
/// Files are written into a hidden staging directory beside the target, which
/// is then renamed into place; a re-run replaces the old report; `latest` is
/// re-pointed with a rename too, so readers never see a dangling link.
struct ReportPublisher {
    /// `OUT/<period>`.
    let periodDirectory: String
    let label: String

    var finalPath: String { (periodDirectory as NSString).appendingPathComponent(label) }

    /// Creates a fresh staging directory and returns its path.
    func makeStagingDirectory() throws -> String {
        try OutputDirectoryLock.createDirectory(periodDirectory)
        let staging = (periodDirectory as NSString).appendingPathComponent(".staging-\(label)-\(getpid())")
        try? FileManager.default.removeItem(atPath: staging)
        try OutputDirectoryLock.createDirectory(staging)
        return staging
    }

    /// Moves the staged report into place and points `latest` at it.
    func publish(staging: String) throws {
        let fileManager = FileManager.default
        let retired = (periodDirectory as NSString).appendingPathComponent(".retired-\(label)-\(getpid())")
        if fileManager.fileExists(atPath: finalPath) {
            try renameOrThrow(finalPath, retired)
        }
        try renameOrThrow(staging, finalPath)
        try? fileManager.removeItem(atPath: retired)

        let latest = (periodDirectory as NSString).appendingPathComponent("latest")
        let temporaryLink = (periodDirectory as NSString).appendingPathComponent(".latest-\(getpid())")
        try? fileManager.removeItem(atPath: temporaryLink)
        guard symlink(label, temporaryLink) == 0 else {
            throw cannotWrite(temporaryLink)
        }
        try renameOrThrow(temporaryLink, latest)
    }

    /// Removes a staging directory after a failed run.
    func discard(staging: String) {
        try? FileManager.default.removeItem(atPath: staging)
    }

    private func renameOrThrow(_ from: String, _ to: String) throws {
        guard rename(from, to) == 0 else { throw cannotWrite(to) }
    }

    private func cannotWrite(_ path: String) -> PipelineError {
        PipelineError(.cannotWrite, "\(path): cannot publish the report (\(String(cString: strerror(errno)))); "
            + "check that the output directory is writable.")
    }
}
