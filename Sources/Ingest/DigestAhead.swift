import Dispatch
import Foundation
import OnboardingModel

/// The SHA-256 of an export taken ahead of its parse, on a thread that runs
/// only when a core would otherwise idle.
///
/// While deals.csv is parsed the two cores are not both busy, and the files
/// read after it are hashed in that slack; their parse, which keeps both
/// cores busy, then no longer shares them with hashing. A file hashed apart
/// from its parse must be the file parsed: `CSVFileReading` checks that its
/// identity (device, inode, size, modification time) is the same after the
/// parse as when the hash began.
final class DigestAhead: @unchecked Sendable {
    struct Digest: Sendable {
        var hex: String
        var identity: FileIdentity
    }

    private let finished = DispatchSemaphore(value: 0)
    /// Written by the hashing thread before `finished` is signalled.
    private var outcome: Result<Digest, DigestAheadFailure>?

    init(path: String) {
        let thread = Thread { [self] in
            Self.yieldToOtherWork()
            outcome = Self.digest(of: path)
            finished.signal()
        }
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// Waits for the hash, or for why the file could not be hashed.
    func wait() -> Result<Digest, DigestAheadFailure> {
        finished.wait()
        defer { finished.signal() }
        return outcome!
    }

    private static func digest(of path: String) -> Result<Digest, DigestAheadFailure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(DigestAheadFailure(reason: String(cString: strerror(errno)))) }
        defer { close(descriptor) }
        guard let identity = FileIdentity(descriptor: descriptor) else {
            return .failure(DigestAheadFailure(reason: String(cString: strerror(errno))))
        }
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { chunk.deallocate() }
        var digest = SHA256Digest()
        while true {
            let count = read(descriptor, chunk.baseAddress, chunk.count)
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(DigestAheadFailure(reason: "read failed: \(String(cString: strerror(errno)))"))
            }
            digest.update(UnsafeRawBufferPointer(rebasing: chunk[..<count]))
        }
        return .success(Digest(hex: digest.hexDigest(), identity: identity))
    }

    /// Puts the calling thread in Linux's idle scheduling class: it runs only
    /// on a core nothing else wants.
    private static func yieldToOtherWork() {
        #if os(Linux)
        var parameters = sched_param()
        _ = sched_setscheduler(0, 5 /* SCHED_IDLE */, &parameters)
        #endif
    }
}

/// Why a file could not be hashed ahead of its parse.
struct DigestAheadFailure: Error, Sendable {
    var reason: String
}

/// What tells one version of a file from another without reading it: the
/// file, its size and its modification time (to the nanosecond).
struct FileIdentity: Equatable, Sendable {
    private var device: UInt64
    private var inode: UInt64
    private var size: Int64
    private var modifiedSeconds: Int64
    private var modifiedNanoseconds: Int64

    init?(descriptor: Int32) {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        self.init(info)
    }

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    private init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        #if os(Linux)
        modifiedSeconds = Int64(info.st_mtim.tv_sec)
        modifiedNanoseconds = Int64(info.st_mtim.tv_nsec)
        #else
        modifiedSeconds = Int64(info.st_mtimespec.tv_sec)
        modifiedNanoseconds = Int64(info.st_mtimespec.tv_nsec)
        #endif
    }
}
