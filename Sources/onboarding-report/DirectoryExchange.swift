#if canImport(CGlibc)
import CGlibc
#endif
import Foundation

/// The atomic exchange of two paths (`renameat2(RENAME_EXCHANGE)` on Linux,
/// `renamex_np(RENAME_SWAP)` on macOS): the one step that replaces a report
/// directory so that its label holds the old report or the new one at every instant.
enum DirectoryExchange {
    /// Swaps what `a` and `b` name; both must exist.
    ///
    /// - Returns: 0, or the `errno` of the failure; `EINVAL` or `ENOSYS` when the
    ///   file system or kernel cannot exchange (see `isUnsupported`).
    static func exchange(_ a: String, _ b: String) -> Int32 {
        if FaultInjection.exchangeDisabled { return ENOSYS }
        #if canImport(CGlibc)
        return cglibc_rename_exchange(a, b) == 0 ? 0 : errno
        #else
        return ENOSYS
        #endif
    }

    /// True for the failures that mean "this file system cannot exchange", after
    /// which a publish falls back to two renames.
    static func isUnsupported(_ failure: Int32) -> Bool {
        failure == EINVAL || failure == ENOSYS || failure == ENOTSUP
    }
}
