import Foundation
import OnboardingModel

extension ReportPublisher {
    /// Writes `<label>.rejects.csv` aside and renames it into place (SPEC §7).
    ///
    /// `write` fills a file inside a fresh private directory (`mkdir` refuses
    /// anything planted at its name), which is flushed and then renamed over
    /// `<label>.rejects.csv`: a rename replaces a symlink planted there instead
    /// of writing through it, and a full disk leaves the previous file whole.
    func publishRejects(_ write: (String) throws -> Void) throws {
        try OutputDirectoryLock.createDirectory(periodDirectory)
        let aside = (periodDirectory as NSString).appendingPathComponent(PublishDebris.rejects + "\(label)-\(getpid())")
        PublishDebris.remove(aside)
        guard mkdir(aside, 0o700) == 0 else { throw cannotWriteRejects(aside) }
        InterruptCleanup.shared.register(aside)
        defer {
            PublishDebris.remove(aside)
            InterruptCleanup.shared.unregister(aside)
        }
        let file = (aside as NSString).appendingPathComponent("rejects.csv")
        try write(file)
        try DurableFiles.syncTree(aside)
        FaultInjection.point("rejects-written")
        let renamed = InterruptCleanup.shared.critical { rename(file, rejectsPath) == 0 }
        guard renamed else { throw cannotWriteRejects(rejectsPath) }
        try? DurableFiles.syncDirectory(periodDirectory)
    }

    private func cannotWriteRejects(_ path: String) -> PipelineError {
        PipelineError(.cannotWrite, "\(path): cannot write the rejected rows (\(String(cString: strerror(errno)))); "
            + "check that the output directory is writable and that nothing else is at that name.")
    }
}
