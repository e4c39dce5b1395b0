import Foundation
import Logging


/// Logs, at debug level (`--verbose`), how long each stage of a run took and
/// the process's peak memory so far: what an operator needs to see which
/// stage a slow or memory-hungry night spent its time in. Never in reports.
struct StageClock {
    private let logger: Logger
    private var started = ContinuousClock.now

    init(logger: Logger) {
        self.logger = logger
    }

    /// Logs the stage that ends now and starts timing the next.
    mutating func finished(_ stage: String) {
        guard logger.logLevel <= .debug else { return }
        let now = ContinuousClock.now
        let elapsed = started.duration(to: now).components
        let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
        started = now
        logger.debug("Stage '\(stage)' took \(String(format: "%.2f", seconds)) s; peak memory so far \(Self.peakMiB()) MiB.")
    }

    /// Peak resident set size of this process, in MiB: Linux's `VmHWM`, since
    /// `ru_maxrss` keeps the peak of whatever process exec'd this one (a
    /// large parent, such as a test runner, hid the run's own figure);
    /// `ru_maxrss` elsewhere (Linux reports it in KiB).
    private static func peakMiB() -> Int {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
           let kib = Int(line.dropFirst(6).filter(\.isNumber)) {
            return kib / 1024
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss / 1024
    }
}
