// Streaming CSV reader: the only file that touches libcsv (SPEC §3 "CSV dialect").
//
// The file is read in 1 MiB chunks and fed to libcsv one physical line at a time, so
// that each record knows the physical line it starts on even when quoted fields hold
// line breaks, and memory never grows with the file.
private import CLibCSV
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Options of the CSV dialect (SPEC §3).
public struct CSVReadOptions: Sendable {
    /// `,` by default; `;` and tab are common in European exports.
    public var delimiter: UInt8
    public init(delimiter: UInt8 = UInt8(ascii: ",")) { self.delimiter = delimiter }
}

/// Why a file could not be read at all (as opposed to a bad row).
public struct CSVError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case cannotOpen(reason: String)
        case unclosedQuote(line: Int)
        case parser(reason: String)
    }
    public let path: String
    public let kind: Kind
    public init(path: String, kind: Kind) {
        self.path = path
        self.kind = kind
    }
    public var description: String { "\(path): \(kind)" }
}

/// Streams the records of a CSV file through libcsv without holding the file.
public final class CSVReader {
    private let input: InputFile
    private let options: CSVReadOptions

    public init(path: String, options: CSVReadOptions = CSVReadOptions()) throws(CSVError) {
        self.input = try InputFile(path: path)
        self.options = options
    }

    /// Total size of the file in bytes.
    public var totalBytes: Int { input.size }
    /// Called with every chunk of raw file bytes as it is read (e.g. to hash the file).
    public var onBytes: ((UnsafeRawBufferPointer) -> Void)?
    /// Called after each chunk with bytes read so far (for progress).
    public var onProgress: ((Int) -> Void)?

    /// Calls `body` for every record, header included, in file order.
    ///
    /// Errors thrown by `body` stop the reading and are rethrown unchanged.
    /// - Throws: `CSVError` when the file cannot be read or a quote never closes.
    public func forEachRecord(_ body: (CSVRecord) throws -> Void) throws {
        let parser = UnsafeMutablePointer<csv_parser>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard csv_init(parser, 0) == 0 else {
            throw CSVError(path: input.path, kind: .parser(reason: "libcsv failed to initialize"))
        }
        defer { csv_free(parser) }
        csv_set_delim(parser, options.delimiter)
        // Spaces and tabs are data: libcsv would trim them (and a tab delimiter with them).
        csv_set_space_func(parser, neverSpace)
        // Grow the field buffer in pages rather than libcsv's 128-byte steps.
        csv_set_blk_size(parser, 4096)

        let state = ParseState()
        try withoutActuallyEscaping(body) { escapable in
            state.body = escapable
            defer { state.body = nil }
            try parse(with: parser, state: state)
        }
    }

    private func parse(with parser: UnsafeMutablePointer<csv_parser>, state: ParseState) throws {
        try input.rewind()
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { chunk.deallocate() }
        var bytesRead = 0
        var atLineStart = true
        while true {
            let count = try input.read(into: chunk)
            if count == 0 { break }
            let raw = UnsafeRawBufferPointer(rebasing: chunk[..<count])
            onBytes?(raw)
            var data = raw
            if bytesRead == 0, Self.startsWithUTF8BOM(raw) {
                data = UnsafeRawBufferPointer(rebasing: raw[3...])
            }
            bytesRead += count
            try feedLines(data, parser: parser, state: state, atLineStart: &atLineStart)
            onProgress?(bytesRead)
        }
        let pending = parser.pointee
        if pending.pstate == fieldBegun && pending.quoted != 0 {
            throw CSVError(path: input.path, kind: .unclosedQuote(line: state.fieldStartLine))
        }
        csv_fini(parser, onField, onRow, Unmanaged.passUnretained(state).toOpaque())
        if let failure = state.failure { throw failure }
    }

    /// Feeds `data` one physical line (through its LF) at a time, noting where rows start.
    private func feedLines(
        _ data: UnsafeRawBufferPointer, parser: UnsafeMutablePointer<csv_parser>,
        state: ParseState, atLineStart: inout Bool
    ) throws {
        guard var cursor = data.baseAddress else { return }
        let end = cursor + data.count
        let context = Unmanaged.passUnretained(state).toOpaque()
        while cursor < end {
            // Between rows, the next row (and its first field) starts on this line.
            if atLineStart && parser.pointee.pstate == rowNotBegun {
                state.rowStartLine = state.line
                state.fieldStartLine = state.line
            }
            let newline = memchr(cursor, 0x0A, end - cursor)
            let pieceEnd = newline.map { UnsafeRawPointer($0) + 1 } ?? end
            let length = pieceEnd - cursor
            let parsed = csv_parse(parser, cursor, length, onField, onRow, context)
            if let failure = state.failure { throw failure }
            guard parsed == length else {
                let reason = String(cString: csv_strerror(csv_error(parser)))
                throw CSVError(path: input.path, kind: .parser(reason: reason))
            }
            cursor = pieceEnd
            atLineStart = newline != nil
            if atLineStart { state.line += 1 }
        }
    }

    private static func startsWithUTF8BOM(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }
}

// Parser states of libcsv.c (ROW_NOT_BEGUN, FIELD_BEGUN); csv.h does not export them.
private let rowNotBegun: Int32 = 0
private let fieldBegun: Int32 = 2

/// What libcsv's callbacks share with the reader during one parse.
private final class ParseState {
    /// Bytes of the current record's fields, back to back.
    var bytes: [UInt8] = []
    /// End offset in `bytes` of each field of the current record.
    var fieldEnds: [Int] = []
    /// Physical line being fed to libcsv.
    var line = 1
    var rowStartLine = 1
    /// Line on which the field being parsed began: where an unclosed quote opened.
    var fieldStartLine = 1
    var body: ((CSVRecord) throws -> Void)?
    /// First error thrown by `body`; once set, further records are dropped.
    var failure: (any Error)?

    init() {
        bytes.reserveCapacity(4096)
        fieldEnds.reserveCapacity(64)
    }
}

private func neverSpace(_ character: UInt8) -> Int32 { 0 }

private func onField(_ field: UnsafeMutableRawPointer?, _ length: Int, _ context: UnsafeMutableRawPointer?) {
    let state = Unmanaged<ParseState>.fromOpaque(context!).takeUnretainedValue()
    // The next field starts right after this delimiter, on the same line.
    state.fieldStartLine = state.line
    guard state.failure == nil else { return }
    if let field, length > 0 {
        state.bytes.append(contentsOf: UnsafeRawBufferPointer(start: field, count: length))
    }
    state.fieldEnds.append(state.bytes.count)
}

private func onRow(_ terminator: Int32, _ context: UnsafeMutableRawPointer?) {
    let state = Unmanaged<ParseState>.fromOpaque(context!).takeUnretainedValue()
    defer {
        state.bytes.removeAll(keepingCapacity: true)
        state.fieldEnds.removeAll(keepingCapacity: true)
        // A lone CR ends a row mid-line; the next row then starts on this same line.
        state.rowStartLine = state.line
    }
    guard state.failure == nil, let body = state.body else { return }
    // Errors must not unwind through libcsv's C frames: keep them for the reader.
    do {
        try state.bytes.withUnsafeBufferPointer { bytes in
            try state.fieldEnds.withUnsafeBufferPointer { ends in
                try body(CSVRecord(line: state.rowStartLine, storage: bytes, fieldEnds: ends))
            }
        }
    } catch {
        state.failure = error
    }
}
