#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import OnboardingModel

/// One output file written through a large byte buffer and `write(2)`.
///
/// The sample writer emits tens of millions of rows, so fields are appended as
/// bytes (numbers and days formatted by hand) rather than built as Strings and
/// passed to `CSVWriter.writeRow`, which takes an array of Strings per row. The
/// buffer is raw memory in a struct used `inout`: an array or a class property
/// would pay a uniqueness or exclusivity check on every byte appended.
struct ByteSink {
    private let file: OpenFile
    // Copies of the file's buffer fields, read on every byte without touching the class.
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0
    private static let flushAt = 1 << 20

    init(path: String) throws {
        file = try OpenFile(path: path, capacity: ByteSink.flushAt + (1 << 16))
        base = file.base
        capacity = file.capacity
    }

    /// Appends a header row (names are plain ASCII and never need quoting).
    mutating func header(_ names: [String]) throws {
        for (i, name) in names.enumerated() {
            if i > 0 { comma() }
            text(name)
        }
        try endRow()
    }

    @inline(__always) mutating func byte(_ b: UInt8) {
        if count == capacity { grow() }
        base[count] = b
        count += 1
    }

    @inline(__always) mutating func comma() { byte(UInt8(ascii: ",")) }

    /// Text known not to need quoting (ids, labels, numbers as text).
    mutating func text(_ s: String) {
        var s = s
        s.withUTF8 { bytes($0) }
    }

    /// Pre-encoded bytes, e.g. a pooled field already quoted once.
    mutating func bytes(_ b: [UInt8]) { b.withUnsafeBufferPointer { bytes($0) } }

    private mutating func bytes(_ b: UnsafeBufferPointer<UInt8>) {
        while count + b.count > capacity { grow() }
        if let source = b.baseAddress { (base + count).update(from: source, count: b.count) }
        count += b.count
    }

    /// Only a row longer than the headroom past `flushAt` needs this.
    private mutating func grow() {
        file.grow()
        base = file.base
        capacity = file.capacity
    }

    /// Text that may hold a comma, quote, CR or LF: RFC 4180 quoted only when it does.
    mutating func field(_ s: String) { bytes(CSVField.encode(s)) }

    /// A non-negative integer, at least `width` digits (zero-padded).
    mutating func int(_ value: Int, width: Int = 1) {
        precondition(value >= 0)
        guard value < 100_000_000 else {
            let tail = value % 100_000_000
            int(value / 100_000_000, width: width - 8)
            return int(tail, width: 8)
        }
        // Up to eight ASCII digits packed in a word, least significant in the low byte:
        // division by the constant 10 compiles to a multiply, unlike a running divisor.
        var packed: UInt64 = 0, count = 0, n = value
        repeat {
            packed |= UInt64(0x30 + n % 10) << (8 * count)
            n /= 10
            count += 1
        } while n > 0
        var pad = width - count
        while pad > 0 { byte(UInt8(ascii: "0")); pad -= 1 }
        while count > 0 {
            count -= 1
            byte(UInt8(truncatingIfNeeded: packed >> (8 * count)))
        }
    }

    /// `YYYY-MM-DD`.
    mutating func day(_ d: Day) {
        let c = d.components
        int(c.year, width: 4); byte(UInt8(ascii: "-"))
        int(c.month, width: 2); byte(UInt8(ascii: "-"))
        int(c.day, width: 2)
    }

    /// `hh:mm:ss` for a second of the day.
    mutating func clock(_ second: Int) {
        int(second / 3600, width: 2); byte(UInt8(ascii: ":"))
        int(second / 60 % 60, width: 2); byte(UInt8(ascii: ":"))
        int(second % 60, width: 2)
    }

    /// A value with exactly one decimal from tenths (`415` → `41.5`).
    mutating func tenths(_ value: Int) {
        int(value / 10); byte(UInt8(ascii: ".")); int(value % 10)
    }

    /// Ends the row with LF and flushes when the buffer is full.
    mutating func endRow() throws {
        byte(UInt8(ascii: "\n"))
        if count >= ByteSink.flushAt { try flush() }
    }

    /// Flushes and closes; call once.
    mutating func close() throws {
        try flush()
        try file.close()
    }

    private mutating func flush() throws {
        try file.write(count)
        count = 0
    }
}

/// The descriptor and buffer memory behind a `ByteSink`, released even when a
/// writer stops early on an error.
private final class OpenFile {
    let path: String
    private var fd: Int32
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int

    init(path: String, capacity: Int) throws {
        self.path = path
        fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else {
            throw PipelineError(.cannotWrite, "cannot create \(path): \(OpenFile.reason()); check that the output directory is writable")
        }
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    /// Doubles the buffer, keeping its bytes.
    func grow() {
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
        bigger.update(from: base, count: capacity)
        base.deallocate()
        base = bigger
        capacity *= 2
    }

    /// Writes the first `count` buffered bytes.
    func write(_ count: Int) throws {
        var offset = 0
        while offset < count {
            let n = systemWrite(fd, base + offset, count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                throw PipelineError(.cannotWrite, "cannot write \(path): \(OpenFile.reason()); check free space and permissions")
            }
            offset += n
        }
    }

    func close() throws {
        let result = systemClose(fd)
        fd = -1
        guard result == 0 else {
            throw PipelineError(.cannotWrite, "cannot close \(path): \(OpenFile.reason())")
        }
    }

    deinit {
        if fd >= 0 { _ = systemClose(fd) }
        base.deallocate()
    }

    private static func reason() -> String { String(cString: strerror(errno)) }
}

// The libc calls under names that the methods above do not shadow.
private func systemWrite(_ fd: Int32, _ bytes: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int { write(fd, bytes, count) }
private func systemClose(_ fd: Int32) -> Int32 { close(fd) }
