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

    /// Called with every chunk of bytes as it is written (e.g. to hash the file
    /// without reading it back).
    public var onWrite: ((UnsafeRawBufferPointer) -> Void)?

    /// An abandoned writer (e.g. after an error upstream) releases its descriptor;
    /// its unflushed rows are dropped, since nobody could learn whether they were written.
    deinit {
        if descriptor >= 0 { closeSystem(descriptor) }
    }

    public func writeRow(_ fields: [String]) throws {
        try writeRow { row in
            for field in fields { row.text(field) }
        }
    }

    /// Writes one row whose cells `build` appends as bytes: numbers, dates and
    /// decimals cost no `String`, which matters for a million-row table.
    public func writeRow(_ build: (inout CSVRowBuilder) -> Void) throws {
        precondition(descriptor >= 0, "CSVWriter.writeRow after close()")
        var row = CSVRowBuilder(bytes: [])
        swap(&row.bytes, &buffer)
        row.begin()
        build(&row)
        row.end()
        swap(&row.bytes, &buffer)
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    /// Appends `bytes`, already CSV rows with their line ends, as they are
    /// (e.g. rows spooled to another file by a `CSVWriter`).
    public func writeEncoded(_ bytes: UnsafeRawBufferPointer) throws {
        precondition(descriptor >= 0, "CSVWriter.writeEncoded after close()")
        buffer.append(contentsOf: bytes)
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
        encode { row in
            for field in fields { row.text(field) }
        }
    }

    /// One record built cell by cell, as CSV text with its trailing LF.
    public static func encode(_ build: (inout CSVRowBuilder) -> Void) -> String {
        var row = CSVRowBuilder(bytes: [])
        row.begin()
        build(&row)
        row.end()
        return String(decoding: row.bytes, as: UTF8.self)
    }

    private func flush() throws {
        try flush(to: descriptor)
    }

    private func flush(to descriptor: Int32) throws {
        try buffer.withUnsafeBytes { bytes in
            onWrite?(bytes)
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
    text.utf8.first.map(isFormulaLead) == true ? "'" + text : text
}

/// close(2), named apart from `CSVWriter.close()`, which would shadow it.
@discardableResult
private func closeSystem(_ descriptor: Int32) -> Int32 {
    close(descriptor)
}
