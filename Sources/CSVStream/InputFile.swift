#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A regular file opened read-only, read sequentially in caller-sized chunks with read(2).
///
/// Anything else at the path (a FIFO, a device such as `/dev/zero`, a directory,
/// a socket, a dangling or looping symlink) is refused at open (SPEC §3
/// "Inputs are regular files"): a FIFO with no writer would block `open` for
/// ever while the run holds the output lock, and a device never ends.
final class InputFile {
    let path: String
    /// Size in bytes at open time.
    let size: Int
    private let descriptor: Int32

    init(path: String) throws(CSVError) {
        // O_NONBLOCK so that opening a FIFO returns at once; it is refused below.
        // On a regular file the flag changes nothing.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            throw CSVError(path: path, kind: .cannotOpen(reason: openFailureText(path)))
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let reason = systemErrorText()
            close(descriptor)
            throw CSVError(path: path, kind: .cannotOpen(reason: reason))
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            throw CSVError(path: path, kind: .cannotOpen(
                reason: "it is \(fileTypeName(info.st_mode)), not a regular file"))
        }
        self.path = path
        self.size = Int(info.st_size)
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Goes back to the start so that the file can be read again (regular files only).
    func rewind() throws(CSVError) {
        if lseek(descriptor, 0, SEEK_SET) < 0 && errno != ESPIPE {
            throw CSVError(path: path, kind: .cannotOpen(reason: systemErrorText()))
        }
    }

    /// Fills `buffer` as far as the file allows; returns the byte count, 0 at end of file.
    ///
    /// Short reads (pipes, signals) are retried so that a chunk is only short at the end,
    /// which keeps a BOM check on the first chunk sound.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(CSVError) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        var filled = 0
        while filled < buffer.count {
            let count = readSystem(descriptor, base + filled, buffer.count - filled)
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw CSVError(path: path, kind: .cannotOpen(reason: "read failed: \(systemErrorText())"))
            }
            filled += count
        }
        return filled
    }
}

/// read(2), named apart from `InputFile.read(into:)`, which would shadow it.
private func readSystem(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

/// The current `errno` as text, e.g. "No such file or directory".
func systemErrorText() -> String {
    String(cString: strerror(errno))
}

/// Why `open` failed, with what is at the path when it is a symlink that leads nowhere.
private func openFailureText(_ path: String) -> String {
    let code = errno
    let reason = String(cString: strerror(code))
    var info = stat()
    guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return reason }
    if code == ELOOP { return "it is a symbolic link that loops (\(reason))" }
    if code == ENOENT {
        var target = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink(path, &target, Int(PATH_MAX))
        let name = length > 0 ? String(decoding: target[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self) : "?"
        return "it is a symbolic link to \"\(name)\", which does not exist"
    }
    return reason
}

/// "a FIFO (named pipe)", "a directory", ... for a file mode that is not a regular file.
private func fileTypeName(_ mode: mode_t) -> String {
    switch mode & S_IFMT {
    case S_IFIFO: "a FIFO (named pipe)"
    case S_IFCHR: "a character device"
    case S_IFBLK: "a block device"
    case S_IFDIR: "a directory"
    case S_IFSOCK: "a socket"
    default: "a special file"
    }
}
