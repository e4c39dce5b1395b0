// Streaming CSV reader: the only file that touches libcsv (SPEC §3 "CSV dialect").
//
// The file is read in 1 MiB chunks and fed to libcsv one physical line at a time, so
// that each record knows the physical line it starts on even when quoted fields hold
// line breaks, and memory never grows with the file. A UTF-8 byte-order mark is dropped;
// a UTF-16 one makes the reader transcode the file to UTF-8 on the way.
//
// libcsv runs in its lenient mode: a quote inside an unquoted field is data, and text
// after a closing quote (`"a"b`) carries on the quoted field. Only a quote that never
// closes fails the file.
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
        // Spaces and tabs are data: libcsv would trim them around unquoted
        // fields. `feedLines` sets `neverSpace` for the lines that have any.
        // Grow the field buffer in pages rather than libcsv's 128-byte steps.
        csv_set_blk_size(parser, 4096)

        // A struct behind a plain pointer, not a class: the callbacks run for every field,
        // and class property accesses cost retains and dynamic exclusivity checks there.
        let state = UnsafeMutablePointer<ParseState>.allocate(capacity: 1)
        state.initialize(to: ParseState())
        defer {
            state.pointee.deallocate()
            state.deinitialize(count: 1)
            state.deallocate()
        }
        try withoutActuallyEscaping(body) { escapable in
            state.pointee.body = escapable
            defer { state.pointee.body = nil }
            try parse(with: parser, state: state)
        }
    }

    private func parse(
        with parser: UnsafeMutablePointer<csv_parser>, state: UnsafeMutablePointer<ParseState>
    ) throws {
        try input.rewind()
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { chunk.deallocate() }
        var bytesRead = 0
        var transcoder: UTF16Transcoder?
        while true {
            let count = try input.read(into: chunk)
            if count == 0 { break }
            let raw = UnsafeRawBufferPointer(rebasing: chunk[..<count])
            onBytes?(raw)
            var data = raw
            if bytesRead == 0 {
                if Self.startsWithUTF8BOM(raw) {
                    data = UnsafeRawBufferPointer(rebasing: raw[3...])
                } else if let byteOrder = UTF16Transcoder.byteOrder(ofMarkAtStartOf: raw) {
                    transcoder = UTF16Transcoder(byteOrder: byteOrder)
                    data = UnsafeRawBufferPointer(rebasing: raw[2...])
                }
            }
            bytesRead += count
            if transcoder != nil {
                transcoder!.transcode(data)
                try transcoder!.output.withUnsafeBytes { try feedLines($0, parser: parser, state: state) }
            } else {
                try feedLines(data, parser: parser, state: state)
            }
            onProgress?(bytesRead)
        }
        if transcoder != nil {
            transcoder!.finish()
            try transcoder!.output.withUnsafeBytes { try feedLines($0, parser: parser, state: state) }
        }
        // libcsv reports this itself only with CSV_STRICT, which would also reject stray
        // quotes inside unquoted fields (`5" screen`); its state tells the same thing.
        let pending = parser.pointee
        if pending.pstate == fieldBegun && pending.quoted != 0 {
            throw CSVError(path: input.path, kind: .unclosedQuote(line: state.pointee.fieldStartLine))
        }
        csv_fini(parser, onField, onRow, state)
        if let failure = state.pointee.failure { throw failure }
    }

    /// Feeds `data` one physical line (through its LF) at a time, noting where rows start.
    private func feedLines(
        _ data: UnsafeRawBufferPointer, parser: UnsafeMutablePointer<csv_parser>,
        state: UnsafeMutablePointer<ParseState>
    ) throws {
        guard var cursor = data.baseAddress else { return }
        let end = cursor + data.count
        while cursor < end {
            // Between rows, the next row (and its first field) starts on this line.
            if state.pointee.atLineStart && parser.pointee.pstate == rowNotBegun {
                state.pointee.rowStartLine = state.pointee.line
                state.pointee.fieldStartLine = state.pointee.line
            }
            let newline = memchr(cursor, 0x0A, end - cursor)
            let pieceEnd = newline.map { UnsafeRawPointer($0) + 1 } ?? end
            let length = pieceEnd - cursor
            // libcsv asks its space function about nearly every byte of an
            // unquoted field; a line with no space or tab cannot be trimmed,
            // so it is parsed with libcsv's own inline test instead of a call.
            let spaced = memchr(cursor, 0x20, length) != nil || memchr(cursor, 0x09, length) != nil
            if spaced != state.pointee.spaceFunctionSet {
                csv_set_space_func(parser, spaced ? neverSpace : nil)
                state.pointee.spaceFunctionSet = spaced
            }
            let parsed = csv_parse(parser, cursor, length, onField, onRow, state)
            if let failure = state.pointee.failure { throw failure }
            guard parsed == length else {
                let reason = String(cString: csv_strerror(csv_error(parser)))
                throw CSVError(path: input.path, kind: .parser(reason: reason))
            }
            cursor = pieceEnd
            state.pointee.atLineStart = newline != nil
            if newline != nil { state.pointee.line += 1 }
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
///
/// The current record's bytes and field ends live in raw buffers that only
/// ever grow: the callbacks run for every field of millions of rows, and
/// arrays would pay a uniqueness check and a retain there.
private struct ParseState {
    /// Bytes of the current record's fields, back to back.
    var bytes: UnsafeMutablePointer<UInt8>
    var byteCount = 0
    var byteCapacity = 4096
    /// End offset in `bytes` of each field of the current record.
    var fieldEnds: UnsafeMutablePointer<Int>
    var fieldCount = 0
    var fieldCapacity = 64
    /// Physical line being fed to libcsv.
    var line = 1
    /// Whether the next byte fed starts `line` (a line can span chunks).
    var atLineStart = true
    var rowStartLine = 1
    /// Line on which the field being parsed began: where an unclosed quote opened.
    var fieldStartLine = 1
    /// Whether libcsv has `neverSpace` as its space function (see `feedLines`).
    var spaceFunctionSet = false
    var body: ((CSVRecord) throws -> Void)?
    /// First error thrown by `body`; once set, further records are dropped.
    var failure: (any Error)?

    init() {
        bytes = .allocate(capacity: byteCapacity)
        fieldEnds = .allocate(capacity: fieldCapacity)
    }

    func deallocate() {
        bytes.deallocate()
        fieldEnds.deallocate()
    }

    mutating func append(field: UnsafeRawPointer?, length: Int) {
        if byteCount + length > byteCapacity {
            while byteCount + length > byteCapacity { byteCapacity *= 2 }
            let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: byteCapacity)
            larger.update(from: bytes, count: byteCount)
            bytes.deallocate()
            bytes = larger
        }
        if let field, length > 0 {
            (bytes + byteCount).update(from: field.assumingMemoryBound(to: UInt8.self), count: length)
            byteCount += length
        }
        if fieldCount == fieldCapacity {
            fieldCapacity *= 2
            let larger = UnsafeMutablePointer<Int>.allocate(capacity: fieldCapacity)
            larger.update(from: fieldEnds, count: fieldCount)
            fieldEnds.deallocate()
            fieldEnds = larger
        }
        fieldEnds[fieldCount] = byteCount
        fieldCount += 1
    }
}

private func neverSpace(_ character: UInt8) -> Int32 { 0 }

private func onField(_ field: UnsafeMutableRawPointer?, _ length: Int, _ context: UnsafeMutableRawPointer?) {
    let state = context!.assumingMemoryBound(to: ParseState.self)
    // The next field starts right after this delimiter, on the same line.
    state.pointee.fieldStartLine = state.pointee.line
    guard state.pointee.failure == nil else { return }
    state.pointee.append(field: field, length: length)
}

private func onRow(_ terminator: Int32, _ context: UnsafeMutableRawPointer?) {
    let state = context!.assumingMemoryBound(to: ParseState.self)
    defer {
        state.pointee.byteCount = 0
        state.pointee.fieldCount = 0
        // A lone CR ends a row mid-line; the next row then starts on this same line.
        state.pointee.rowStartLine = state.pointee.line
    }
    guard state.pointee.failure == nil, let body = state.pointee.body else { return }
    let record = CSVRecord(line: state.pointee.rowStartLine,
                           storage: UnsafeBufferPointer(start: state.pointee.bytes, count: state.pointee.byteCount),
                           fieldEnds: UnsafeBufferPointer(start: state.pointee.fieldEnds, count: state.pointee.fieldCount))
    // Errors must not unwind through libcsv's C frames: keep them for the reader.
    do {
        try body(record)
    } catch {
        state.pointee.failure = error
    }
}
