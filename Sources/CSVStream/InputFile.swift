#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file opened read-only, read sequentially in caller-sized chunks with read(2).
final class InputFile {
    let path: String
    /// Size in bytes at open time (0 for pipes and devices).
    let size: Int
    private let descriptor: Int32

    init(path: String) throws(CSVError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw CSVError(path: path, kind: .cannotOpen(reason: systemErrorText()))
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let reason = systemErrorText()
            close(descriptor)
            throw CSVError(path: path, kind: .cannotOpen(reason: reason))
        }
        if info.st_mode & S_IFMT == S_IFDIR {
            close(descriptor)
            throw CSVError(path: path, kind: .cannotOpen(reason: "is a directory"))
        }
        self.path = path
        self.size = info.st_mode & S_IFMT == S_IFREG ? Int(info.st_size) : 0
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
