// Streaming CSV reader: the only file that touches libcsv (SPEC §3 "CSV dialect").
//
// The file is read in 1 MiB chunks, so memory never grows with the file, and fed to
// libcsv so that each record knows the physical line it starts on even when quoted fields
// hold line breaks: one line at a time, or every whole line of a stretch without quotes in
// one call, lines then counted from the row ends libcsv reports. A UTF-8 byte-order mark is
// dropped; a UTF-16 one makes the reader transcode the file to UTF-8 on the way.
//
// libcsv runs in its strict mode, so that text after a closing quote (`"a"b`), which the
// lenient mode would carry on as part of a quoted field to the next quote in the file,
// stops the file naming its line (SPEC §3: it never swallows the rows after it). A quote
// inside an unquoted field (`5" screen`) stays data: on that error the quote is fed again
// leniently. A quote that never closes fails the file too. Line numbers count LF, CRLF
// and lone CR line ends alike. A field longer than `CSVRecord.maxFieldBytes` is cut just
// past that length, in libcsv's buffer too, so a runaway field costs no more memory.
// What the reader needs of libcsv's internals (its parser states and fields, its inline
// space test) is declared in CLibCSV's shim.h, beside the library whose version it mirrors.
private import CLibCSV
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Runtime

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
    /// How many records ahead of `forEachRecord`'s body its `lookahead` runs,
    /// `.far` and `.near`.
    static let lookaheadDistance = (far: 16, near: 8)

    /// Calls `body` for every record, header included, in file order.
    ///
    /// Errors thrown by `body` stop the reading and are rethrown unchanged.
    /// With `pipelined`, libcsv runs on a thread of its own, a few thousand
    /// records ahead; `onBytes` and `onProgress` are then called on that thread.
    /// - Throws: `CSVError` when the file cannot be read or a quote never closes.
    /// - Parameter lookahead: with `pipelined`, called with each record some
    ///   records before `body` gets it (within a batch), first `.far`, then
    ///   again `.near`, so that the consumer can start loading what the record
    ///   will need in steps (a table's slot, then what the slot points at): a
    ///   random lookup then finds its memory in cache instead of waiting for it.
    public func forEachRecord(lookahead: (CSVRecord, LookaheadStage) -> Void = { _, _ in },
                              _ body: (CSVRecord) throws -> Void) throws {
        guard options.pipelined else {
            return try withoutActuallyEscaping(body) { escapable in try parse(into: .body(escapable)) }
        }
        let pipeline = RecordPipeline(depth: 4)
        let parsing = WorkerThread { [self] in
            var failure: (any Error)?
            do {
                try parse(into: .pipeline(pipeline))
            } catch {
                failure = error
            }
            pipeline.finish(failure: failure)
        }
        parsing.start()
        defer {
            parsing.join()
            pipeline.deallocate()
        }
        do {
            while let batch = pipeline.nextFilled() {
                defer { pipeline.recycle(batch) }
                let count = batch.recordCount, (far, near) = Self.lookaheadDistance
                for index in 0..<min(far, count) { lookahead(batch.record(index), .far) }
                for index in 0..<min(near, count) { lookahead(batch.record(index), .near) }
                for index in 0..<count {
                    if index + far < count { lookahead(batch.record(index + far), .far) }
                    if index + near < count { lookahead(batch.record(index + near), .near) }
                    try body(batch.record(index))
                }
            }
        } catch {
            pipeline.cancel()
            throw error
        }
        if let failure = pipeline.parseFailure { throw failure }
    }

    /// Where records go as they end.
    private enum RecordSink {
        /// To the caller's closure, one at a time.
        case body((CSVRecord) throws -> Void)
        /// In batches to the consuming thread.
        case pipeline(RecordPipeline)
    }

    /// Runs libcsv over the whole file.
    private func parse(into sink: RecordSink) throws {
        let parser = UnsafeMutablePointer<csv_parser>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard csv_init(parser, UInt8(CSV_STRICT)) == 0 else {
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
        defer { state.deallocate() }
        switch sink {
        case .body(let body):
            state.initialize(to: ParseState(buffers: RecordBuffers(), options: options, body: body))
            defer {
                state.pointee.buffers.deallocate()
                state.pointee.placeholders.deallocate()
                state.deinitialize(count: 1)
            }
            try parse(with: parser, state: state)
        case .pipeline(let pipeline):
            guard let batch = pipeline.takeEmpty() else { return }
            state.initialize(to: ParseState(buffers: batch, options: options, pipeline: pipeline))
            defer {
                state.pointee.placeholders.deallocate()
                state.deinitialize(count: 1)
            }
            try parse(with: parser, state: state, handingBatchesTo: pipeline)
        }
    }

    /// `parse(with:state:)` feeding a pipeline; the batch being filled is
    /// handed over at the end, with the rows completed before any error.
    private func parse(with parser: UnsafeMutablePointer<csv_parser>, state: UnsafeMutablePointer<ParseState>,
                       handingBatchesTo pipeline: RecordPipeline) throws {
        defer {
            if state.pointee.holdsBatch {
                if state.pointee.buffers.recordCount > 0 {
                    pipeline.publish(state.pointee.buffers)
                } else {
                    pipeline.recycle(state.pointee.buffers)
                }
            }
        }
        try parse(with: parser, state: state)
    }

    private func parse(
        with parser: UnsafeMutablePointer<csv_parser>, state: UnsafeMutablePointer<ParseState>
    ) throws {
        try input.rewind()
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: options.chunkSize, alignment: 16)
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
        if clibcsv_quote_left_open(parser) {
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
        guard let start = data.baseAddress else { return }
        // Most exports have no tab at all, and some (usage events) no space:
        // one look at the whole chunk spares those lines their own search.
        let chunkHasSpace = memchr(start, CLIBCSV_INLINE_SPACE, data.count) != nil
        let chunkHasTab = memchr(start, CLIBCSV_INLINE_TAB, data.count) != nil
        // Most exports end lines with LF alone; only those with a CR pay for looking for it.
        let chunkHasCR = memchr(start, 0x0D, data.count) != nil
        let openLength = clibcsv_open_field_length(parser)
        let openField = openLength < 0 ? nil : openLength
        let fed = state.pointee.placeholders.prepare(data, hasSpace: chunkHasSpace, hasTab: chunkHasTab,
                                                     openField: openField)
        // A rewritten chunk has no space or tab left for libcsv to trim.
        let mayTrim = !state.pointee.placeholders.rewriting
        var cursor = fed.baseAddress!
        let end = cursor + fed.count
        var triedWholeLines = false
        // The LF of a CRLF split across chunks ends no second line.
        if state.pointee.pendingCR {
            state.pointee.pendingCR = false
            if cursor.load(as: UInt8.self) == 0x0A {
                try parse(cursor, 1, spaced: false, countingLines: false, parser: parser, state: state)
                cursor += 1
            }
        }
        while cursor < end {
            // Between rows, the next row (and its first field) starts on this line.
            if state.pointee.atLineStart && clibcsv_between_rows(parser) {
                state.pointee.rowStartLine = state.pointee.line
                state.pointee.fieldStartLine = state.pointee.line
                if !triedWholeLines {
                    triedWholeLines = true
                    if let through = try feedWholeLines(from: cursor, to: end, spaced: mayTrim && (chunkHasSpace || chunkHasTab),
                                                        parser: parser, state: state) {
                        cursor = through
                        continue
                    }
                }
            }
            let newline = Self.lineEnd(from: cursor, to: end, lookingForCR: chunkHasCR, state: state)
            let pieceEnd = newline ?? end
            let length = pieceEnd - cursor
            // libcsv asks its space function about nearly every byte of an
            // unquoted field; a line with no space or tab cannot be trimmed,
            // so it is parsed with libcsv's own inline test instead of a call.
            let spaced = mayTrim && ((chunkHasSpace && memchr(cursor, CLIBCSV_INLINE_SPACE, length) != nil)
                || (chunkHasTab && memchr(cursor, CLIBCSV_INLINE_TAB, length) != nil))
            try parse(cursor, length, spaced: spaced, countingLines: false, parser: parser, state: state)
            cursor = pieceEnd
            state.pointee.atLineStart = newline != nil
            if newline != nil { state.pointee.line += 1 }
        }
    }

    /// Just past the next line end from `start`: an LF, a CRLF or a lone CR;
    /// nil when the bytes to `end` hold none. A CR that is the last byte sets
    /// `pendingCR`, so that an LF starting the next chunk ends no line.
    private static func lineEnd(from start: UnsafeRawPointer, to end: UnsafeRawPointer, lookingForCR: Bool,
                                state: UnsafeMutablePointer<ParseState>) -> UnsafeRawPointer? {
        let lf = memchr(start, 0x0A, end - start).map { UnsafeRawPointer($0) }
        guard lookingForCR, let cr = memchr(start, 0x0D, (lf ?? end) - start).map({ UnsafeRawPointer($0) }) else {
            return lf.map { $0 + 1 }
        }
        if cr + 1 == end { state.pointee.pendingCR = true }
        return cr + 1 == lf ? cr + 2 : cr + 1
    }

    /// Feeds every whole line from `start` (a line start between rows) to the
    /// last LF before `end` in one call, when no quote is among them; returns
    /// where it stopped, or nil when it fed nothing.
    ///
    /// Without quotes every LF ends a row or a blank line, and libcsv, told
    /// to report blank lines too (`CSV_REPALL_NL`), hands each one to `onRow`,
    /// which counts the lines (`countsLines`): a row's line is known without
    /// feeding its line alone. Usage exports are all such lines; a million
    /// calls and searches fewer per ten million rows.
    private func feedWholeLines(
        from start: UnsafeRawPointer, to end: UnsafeRawPointer, spaced: Bool,
        parser: UnsafeMutablePointer<csv_parser>, state: UnsafeMutablePointer<ParseState>
    ) throws -> UnsafeRawPointer? {
        var through = end
        while through > start && through.load(fromByteOffset: -1, as: UInt8.self) != 0x0A { through -= 1 }
        let length = through - start
        guard length > 0, memchr(start, CSV_QUOTE, length) == nil else { return nil }
        try parse(start, length, spaced: spaced, countingLines: true, parser: parser, state: state)
        state.pointee.atLineStart = true
        return through
    }

    /// One call of libcsv over `length` bytes at `start`.
    ///
    /// - Parameters:
    ///   - spaced: whether the bytes hold a space or tab libcsv could trim:
    ///     then it gets `neverSpace`, else its own inline test.
    ///   - countingLines: the bytes are whole lines without quotes, whose
    ///     line breaks `onRow` counts (see `feedWholeLines`).
    /// - Throws: what the records' consumer threw, or libcsv's own error.
    private func parse(
        _ start: UnsafeRawPointer, _ length: Int, spaced: Bool, countingLines: Bool,
        parser: UnsafeMutablePointer<csv_parser>, state: UnsafeMutablePointer<ParseState>
    ) throws {
        if spaced != state.pointee.spaceFunctionSet {
            csv_set_space_func(parser, spaced ? neverSpace : nil)
            state.pointee.spaceFunctionSet = spaced
        }
        if countingLines {
            csv_set_opts(parser, UInt8(CSV_STRICT | CSV_REPALL_NL))
            state.pointee.countsLines = true
            state.pointee.crJustEnded = false
        }
        var parsed = csv_parse(parser, start, length, onField, onRow, state)
        while parsed < length, state.pointee.failure == nil, csv_error(parser) == CSV_EPARSE,
              !clibcsv_field_quoted(parser) {
            // A quote inside an unquoted field (`5" screen`) is data: fed again leniently.
            clibcsv_clear_error(parser)
            csv_set_opts(parser, countingLines ? UInt8(CSV_REPALL_NL) : 0)
            parsed += csv_parse(parser, start + parsed, 1, onField, onRow, state)
            csv_set_opts(parser, UInt8(CSV_STRICT | (countingLines ? CSV_REPALL_NL : 0)))
            if parsed < length { parsed += csv_parse(parser, start + parsed, length - parsed, onField, onRow, state) }
        }
        if countingLines {
            state.pointee.countsLines = false
            csv_set_opts(parser, UInt8(CSV_STRICT))
        }
        if let failure = state.pointee.failure { throw failure }
        guard parsed == length else {
            if csv_error(parser) == CSV_EPARSE {
                // Text after the closing quote of a quoted field (`"Acme"Inc`).
                throw CSVError(path: input.path, kind: .quoteClosedMidField(line: state.pointee.line))
            }
            let reason = String(cString: csv_strerror(csv_error(parser)))
            throw CSVError(path: input.path, kind: .parser(reason: reason))
        }
        capOpenField(parser)
    }

    /// Cuts the field being parsed just past `CSVRecord.maxFieldBytes`:
    /// the row is rejected for it, and the rest of the field is not kept.
    private func capOpenField(_ parser: UnsafeMutablePointer<csv_parser>) {
        clibcsv_cap_open_field(parser, CSVRecord.maxFieldBytes + 1)
    }

    private static func startsWithUTF8BOM(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }
}

/// A space function that calls no byte a space (see `SpacePlaceholders`).
private func neverSpace(_ character: UInt8) -> Int32 { 0 }
