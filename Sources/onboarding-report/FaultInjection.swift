import Foundation

/// A test hook that stops the process at a named step of a publish, so that the
/// test suite can prove a kill at any point leaves the previous report intact.
///
/// `ONBOARDING_REPORT_KILL_AT=<step>` sends SIGKILL to the process when it
/// reaches `<step>`; `<step>:TERM` (or `INT`, `ILL`) sends that signal instead
/// and waits for it to end the process, which exercises the handlers. Unset, as
/// in every real run, each point compares against nil.
enum FaultInjection {
    /// The steps, in the order a publish reaches them.
    static let steps = [
        "staged",          // every file of the new report written, nothing flushed yet
        "exchange",        // flushed; next: the new report is exchanged with the old one
        "exchanged",       // the label holds the new report; the old one is in the staging path
        "old-removed",     // the old report is gone
        "link",            // next: a temporary symlink to the new label
        "linked",          // next: the temporary symlink renamed over `latest`
        "published",       // `latest` points at the newest label
        "rejects-written", // (reject gate) <label>.rejects.csv written aside, not yet renamed
        "retired",         // (no exchange) the old report moved aside, the new one not yet in
    ]

    /// `ONBOARDING_REPORT_NO_EXCHANGE=1` makes the exchange report "unsupported",
    /// to test the two-rename fallback of file systems without it.
    static let exchangeDisabled = ProcessInfo.processInfo.environment["ONBOARDING_REPORT_NO_EXCHANGE"] == "1"

    private static let target: (step: String, signal: Int32)? = {
        guard let value = ProcessInfo.processInfo.environment["ONBOARDING_REPORT_KILL_AT"], !value.isEmpty else {
            return nil
        }
        let parts = value.split(separator: ":", maxSplits: 1).map(String.init)
        let signals = ["KILL": SIGKILL, "TERM": SIGTERM, "INT": SIGINT, "ILL": SIGILL]
        return (parts[0], parts.count > 1 ? signals[parts[1]] ?? SIGKILL : SIGKILL)
    }()

    /// Stops the process here when the hook names `step`.
    static func point(_ step: String) {
        assert(steps.contains(step), "unknown fault-injection step \(step)")
        guard let target, target.step == step else { return }
        kill(getpid(), target.signal)
        // A handled signal ends the process from its handler; never go on past the point.
        sleep(60)
        _exit(1)
    }
}
