import Foundation

/// `OUT/<period>/latest`: a relative symlink to the newest report label (SPEC §7).
///
/// Newest by label, not by run: a catch-up run for an older date publishes its
/// report but leaves `latest` where it was. Labels of one period sort as their
/// dates do (`2026-11-22`, `2026-W47`, `2026-10`), so string order is time order.
enum LatestLink {
    /// Why `latest` could not be pointed at the newest label.
    struct Failure: Error {
        var newest: String
        var current: String?
        var reason: String
    }

    static func path(in periodDirectory: String) -> String {
        (periodDirectory as NSString).appendingPathComponent("latest")
    }

    /// Points `latest` at the newest label in `periodDirectory` when it does not already.
    ///
    /// The new link is made under a temporary name and renamed over `latest`, so
    /// `latest` always resolves to a whole report.
    static func update(in periodDirectory: String) throws(Failure) {
        let latest = path(in: periodDirectory)
        let current = target(of: latest)
        guard let newest = newestLabel(in: periodDirectory), newest != current else { return }
        let temporary = (periodDirectory as NSString).appendingPathComponent(PublishDebris.latestLink + "\(getpid())")
        unlink(temporary)
        FaultInjection.point("link")
        InterruptCleanup.shared.register(temporary)
        defer { InterruptCleanup.shared.unregister(temporary) }
        guard symlink(newest, temporary) == 0 else {
            throw Failure(newest: newest, current: current, reason: "cannot create \(temporary): \(errorText())")
        }
        FaultInjection.point("linked")
        let renamed = InterruptCleanup.shared.critical { rename(temporary, latest) == 0 }
        guard renamed else {
            let reason = errorText()
            unlink(temporary)
            throw Failure(newest: newest, current: current, reason: reason)
        }
        try? DurableFiles.syncDirectory(periodDirectory)
    }

    /// The newest label with a report directory (not a symlink) in `periodDirectory`.
    static func newestLabel(in periodDirectory: String) -> String? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: periodDirectory)) ?? []
        return names.filter { name in
            guard name.first?.isNumber == true, !name.hasSuffix(".csv") else { return false }
            var info = stat()
            let path = (periodDirectory as NSString).appendingPathComponent(name)
            return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
        }.max()
    }

    /// What the symlink at `path` points at; nil when it is not a symlink.
    static func target(of path: String) -> String? {
        try? FileManager.default.destinationOfSymbolicLink(atPath: path)
    }

    private static func errorText() -> String { String(cString: strerror(errno)) }
}
