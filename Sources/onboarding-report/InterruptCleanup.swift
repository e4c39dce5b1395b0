import Foundation
import Runtime

/// Removes this run's unfinished files when SIGTERM or SIGINT arrives, then
/// lets the signal end the process (SPEC §7).
///
/// The publisher registers each path it creates (staging directory, link
/// temporary, rejects written aside) and unregisters it once it is gone or in
/// its final place. Its few renames run inside `critical`, which the handler
/// also enters and never leaves, so a signal never lands halfway through a step:
/// the label holds the old report or the new one, and whatever sits at a
/// registered path then is removed. A SIGKILL leaves the paths for the next run
/// (see `PublishDebris`).
final class InterruptCleanup: @unchecked Sendable {
    static let shared = InterruptCleanup()

    // Recursive: the publisher registers paths from inside `critical`.
    private let lock = NSRecursiveLock()
    private var paths: [String] = []
    private var watch: SignalWatch?

    /// Handles SIGTERM and SIGINT from now on.
    func install() {
        watch = SignalWatch([SIGTERM, SIGINT]) { [self] in interrupted(by: $0) }
    }

    func register(_ path: String) {
        critical { paths.append(path) }
    }

    func unregister(_ path: String) {
        critical { paths.removeAll { $0 == path } }
    }

    /// Runs `body` where no interruption cleanup can start.
    func critical<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    private func interrupted(by signalNumber: Int32) {
        lock.lock()  // never released: the process ends below
        for path in paths {
            // Moved away first: a writer still at work cannot create files under the old name.
            let doomed = path + "-interrupted"
            let target = rename(path, doomed) == 0 ? doomed : path
            try? FileManager.default.removeItem(atPath: target)
        }
        let name = signalNumber == SIGINT ? "SIGINT" : "SIGTERM"
        let removed = paths.isEmpty ? "" : "; removed this run's temporary files (\(paths.joined(separator: ", ")))"
        FileHandle.standardError.write(Data("onboarding-report: stopped by \(name)\(removed).\n".utf8))
        SignalWatch.endProcess(by: signalNumber)
    }
}
