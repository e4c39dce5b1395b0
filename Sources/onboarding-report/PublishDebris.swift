import Foundation
import Logging
import OnboardingModel

/// What killed or crashed runs leave in `OUT/<period>/`, removed by the next
/// run once it holds the lock (SPEC §7), so no other run can still be using it.
///
/// Every temporary name a run creates starts with one of `prefixes`, ends with
/// its process id, and is hidden; nothing else in the directory is touched.
enum PublishDebris {
    static let staging = ".staging-"
    static let retired = ".retired-"
    static let latestLink = ".latest-"
    static let rejects = ".rejects-"
    static let prefixes = [staging, retired, latestLink, rejects]

    /// Cleans every period directory under `outputDirectory`.
    ///
    /// A retired report whose label is missing (a run on a file system without
    /// an atomic exchange, killed between its two renames) is put back under its
    /// label instead of being removed.
    static func clean(outputDirectory: String, logger: Logger) {
        for period in Period.allCases {
            let directory = (outputDirectory as NSString).appendingPathComponent(period.rawValue)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { continue }
            for name in names.sorted() where prefixes.contains(where: name.hasPrefix) {
                let path = (directory as NSString).appendingPathComponent(name)
                if name.hasPrefix(retired), let label = label(ofRetired: name), restore(path, as: label, in: directory) {
                    logger.warning("Restored the report '\(period.rawValue)/\(label)' that a killed run had moved aside.")
                    continue
                }
                remove(path)
                logger.info("Removed '\(period.rawValue)/\(name)', left by an earlier run that did not finish.")
            }
        }
    }

    /// `2026-W47` from `.retired-2026-W47-1234` (or `...-1234-interrupted`).
    static func label(ofRetired name: String) -> String? {
        var parts = name.dropFirst(retired.count).split(separator: "-", omittingEmptySubsequences: false)
        if parts.last == "interrupted" { parts.removeLast() }
        guard parts.count >= 2, let pid = parts.last, !pid.isEmpty, pid.allSatisfy(\.isNumber) else { return nil }
        return parts.dropLast().joined(separator: "-")
    }

    private static func restore(_ path: String, as label: String, in directory: String) -> Bool {
        let target = (directory as NSString).appendingPathComponent(label)
        var info = stat()
        guard !label.isEmpty, lstat(target, &info) != 0, errno == ENOENT else { return false }
        return rename(path, target) == 0
    }

    /// Removes a file, a symlink (not what it points at) or a whole directory.
    static func remove(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        if info.st_mode & S_IFMT == S_IFDIR {
            try? FileManager.default.removeItem(atPath: path)
        } else {
            unlink(path)
        }
    }
}
