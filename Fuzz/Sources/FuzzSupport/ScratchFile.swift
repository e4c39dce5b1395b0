#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Files on tmpfs that each fuzz input is written to, so that the code under test opens
/// real paths through its public API without touching the disk.
///
/// Removed at exit (libFuzzer ends the process with `exit`), unless the process crashes.
public final class ScratchDirectory: Sendable {
    public let path: String
    /// One open file per name given to `init`, in that order.
    public let files: [ScratchFile]

    /// Creates a fresh directory under /dev/shm (or /tmp without it) holding `fileNames`.
    public init(label: String, fileNames: [String]) {
        let base = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp"
        var template = Array("\(base)/\(label)-XXXXXX".utf8CString)
        let created = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        precondition(created != nil, "cannot create a scratch directory under \(base)")
        let path = String(cString: created!)
        removeAtExit(path)
        self.path = path
        files = fileNames.map { ScratchFile(path: path + "/" + $0) }
    }
}

/// One scratch file, rewritten in place for every input.
public final class ScratchFile: Sendable {
    public let path: String
    private let descriptor: Int32

    fileprivate init(path: String) {
        self.path = path
        descriptor = open(path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        precondition(descriptor >= 0, "cannot create \(path)")
        removeAtExit(path)
    }

    /// Makes `bytes` the whole content of the file.
    public func replaceContents(with bytes: UnsafeRawBufferPointer) {
        precondition(ftruncate(descriptor, 0) == 0, "ftruncate \(path) failed")
        var written = 0
        while written < bytes.count {
            let count = pwrite(descriptor, bytes.baseAddress! + written, bytes.count - written, off_t(written))
            precondition(count > 0 || errno == EINTR, "pwrite \(path) failed")
            if count > 0 { written += count }
        }
    }
}

/// Paths to remove at exit, newest first; only appended to at start-up, before fuzzing.
nonisolated(unsafe) private var pathsToRemove: [String] = []

private func removeAtExit(_ path: String) {
    if pathsToRemove.isEmpty {
        atexit { for path in pathsToRemove { remove(path) } }
    }
    pathsToRemove.insert(path, at: 0)
}
