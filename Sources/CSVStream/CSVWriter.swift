#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes RFC 4180 CSV (LF line ends, quoting only where needed) through a buffer.
///
/// A field is quoted when it holds `,`, `"`, CR or LF, begins or ends with a space
/// (so readers that trim keep the spaces), or begins with U+FEFF (which readers drop as a
/// byte-order mark at the start of a file); quotes inside are doubled (SPEC §7).
public final class CSVWriter {
    private let path: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    /// Bytes are handed to write(2) in chunks of at least this size.
    private static let flushThreshold = 64 * 1024

    /// Creates or truncates the file at `path`.
    public init(path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw CSVWriteError(path: path, reason: systemErrorText()) }
        self.path = path
        self.descriptor = descriptor
        buffer.reserveCapacity(Self.flushThreshold * 2)
    }

    /// An abandoned writer (e.g. after an error upstream) releases its descriptor;
    /// its unflushed rows are dropped, since nobody could learn whether they were written.
    deinit {
        if descriptor >= 0 { closeSystem(descriptor) }
    }

    public func writeRow(_ fields: [String]) throws {
        precondition(descriptor >= 0, "CSVWriter.writeRow after close()")
        Self.appendRecord(fields, to: &buffer)
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    /// Flushes and closes; must be called once.
    ///
    /// - Throws: `CSVWriteError` when the data cannot be written (disk full, I/O error).
    public func close() throws {
        guard descriptor >= 0 else { return }
        let descriptor = self.descriptor
        self.descriptor = -1
        do {
            try flush(to: descriptor)
        } catch {
            closeSystem(descriptor)
            throw error
        }
        if closeSystem(descriptor) != 0 { throw CSVWriteError(path: path, reason: systemErrorText()) }
    }

    /// One record as CSV text, with its trailing LF.
    public static func encode(_ fields: [String]) -> String {
        var bytes: [UInt8] = []
        appendRecord(fields, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private func flush() throws {
        try flush(to: descriptor)
    }

    private func flush(to descriptor: Int32) throws {
        try buffer.withUnsafeBytes { bytes in
            var written = 0
            while written < bytes.count {
                let count = write(descriptor, bytes.baseAddress! + written, bytes.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    throw CSVWriteError(path: path, reason: systemErrorText())
                }
                written += count
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    static func appendRecord(_ fields: [String], to out: inout [UInt8]) {
        // A lone empty field would be a blank line, which readers skip.
        if fields.count == 1 && fields[0].isEmpty {
            out.append(contentsOf: [0x22, 0x22, 0x0A])
            return
        }
        for (index, field) in fields.enumerated() {
            if index > 0 { out.append(comma) }
            var field = field
            field.withUTF8 { appendField($0, to: &out) }
        }
        out.append(lineFeed)
    }

    private static func appendField(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        guard needsQuotes(bytes) else {
            out.append(contentsOf: bytes)
            return
        }
        out.append(quote)
        for byte in bytes {
            if byte == quote { out.append(quote) }
            out.append(byte)
        }
        out.append(quote)
    }

    private static func needsQuotes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return false }
        if first == space || last == space { return true }
        if bytes.starts(with: byteOrderMark) { return true }
        return bytes.contains { $0 == comma || $0 == quote || $0 == carriageReturn || $0 == lineFeed }
    }
}

/// The CSV output file could not be created or written.
public struct CSVWriteError: Error, Sendable, CustomStringConvertible {
    public let path: String
    /// The system's explanation, e.g. "No space left on device".
    public let reason: String
    public var description: String { "\(path): \(reason)" }
}

/// Prefixes `'` to text that a spreadsheet would execute as a formula
/// (starting with `=`, `+`, `-`, `@`, tab or CR). Apply to text cells that come from inputs.
public func spreadsheetSafe(_ text: String) -> String {
    switch text.utf8.first {
    case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, carriageReturn:
        return "'" + text
    default:
        return text
    }
}

private let comma = UInt8(ascii: ",")
private let quote = UInt8(ascii: "\"")
private let space = UInt8(ascii: " ")
private let carriageReturn: UInt8 = 0x0D
private let lineFeed: UInt8 = 0x0A
/// U+FEFF in UTF-8.
private let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

/// close(2), named apart from `CSVWriter.close()`, which would shadow it.
@discardableResult
private func closeSystem(_ descriptor: Int32) -> Int32 {
    close(descriptor)
}
