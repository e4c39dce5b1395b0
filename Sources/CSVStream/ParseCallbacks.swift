// What libcsv's callbacks do with each field and row: the state they share with
// `CSVReader` during one parse, and the hand-over of finished records, one at a
// time or in batches to the consuming thread.

/// What libcsv's callbacks share with the reader during one parse.
struct ParseState {
    /// The record being parsed, and with a pipeline the batch it joins.
    var buffers: RecordBuffers
    /// Whether `buffers` is a batch this parse still has to hand back.
    var holdsBatch: Bool
    /// Physical line being fed to libcsv.
    var line = 1
    /// Whether the next byte fed starts `line` (a line can span chunks).
    var atLineStart = true
    var rowStartLine = 1
    /// Line on which the field being parsed began: where an unclosed quote opened.
    var fieldStartLine = 1
    /// Whether libcsv has `neverSpace` as its space function (see `feedLines`).
    var spaceFunctionSet = false
    /// Whether `onRow` counts lines: set while several lines are fed at once
    /// (`feedWholeLines`), when each LF or CR reaches `onRow` as a row's end.
    var countsLines = false
    /// While `countsLines`: the last row ended at a CR, so a blank row ended
    /// by LF right after it is the LF of a CRLF, not a line of its own.
    var crJustEnded = false
    /// The last byte fed was a CR: an LF first in the next chunk ends no line.
    var pendingCR = false
    /// Spaces and tabs fed to libcsv as placeholders, and turned back.
    var placeholders: SpacePlaceholders
    /// Where each record goes when it ends: to `body` at once, or into
    /// batches handed to the consuming thread through `pipeline`.
    var body: ((CSVRecord) throws -> Void)?
    var pipeline: RecordPipeline?

    init(buffers: RecordBuffers, options: CSVReadOptions, body: ((CSVRecord) throws -> Void)? = nil,
         pipeline: RecordPipeline? = nil) {
        self.buffers = buffers
        self.placeholders = SpacePlaceholders(delimiter: options.delimiter, enabled: options.spacePlaceholders)
        self.body = body
        self.pipeline = pipeline
        holdsBatch = pipeline != nil
    }
    /// First error thrown by `body`, or the pipeline's consumer having
    /// stopped; once set, further records are dropped.
    var failure: (any Error)?
}

/// The consumer stopped reading (it threw); the parse ends quietly.
struct ConsumerStopped: Error {}

@inline(__always)
func onField(_ field: UnsafeMutableRawPointer?, _ length: Int, _ context: UnsafeMutableRawPointer?) {
    let state = context!.assumingMemoryBound(to: ParseState.self)
    // The next field starts right after this delimiter, on the same line.
    state.pointee.fieldStartLine = state.pointee.line
    guard state.pointee.failure == nil else { return }
    // Longer fields are kept just past the limit, which marks them (`CSVRecord.tooLongField`).
    let length = min(length, CSVRecord.maxFieldBytes + 1)
    switch state.pointee.placeholders.takeFieldRestore() {
    case .none:
        state.pointee.buffers.appendField(field, length: length)
    case .whole:
        state.pointee.buffers.appendField(field, length: length, restoring: true)
    case .parts(let parts):
        state.pointee.buffers.appendField(field, length: length)
        SpacePlaceholders.restore(state.pointee.buffers.lastField(length: length), count: length, parts: parts)
    }
}

@inline(__always)
func onRow(_ terminator: Int32, _ context: UnsafeMutableRawPointer?) {
    let state = context!.assumingMemoryBound(to: ParseState.self)
    let line = state.pointee.rowStartLine
    if state.pointee.countsLines {
        let crlf = terminator == 0x0A && state.pointee.crJustEnded && state.pointee.buffers.openRecordFieldCount == 0
        if (terminator == 0x0A && !crlf) || terminator == 0x0D { state.pointee.line += 1 }
        state.pointee.crJustEnded = terminator == 0x0D
    }
    // The next row starts on the line after this row's end.
    state.pointee.rowStartLine = state.pointee.line
    state.pointee.fieldStartLine = state.pointee.line
    guard state.pointee.failure == nil else { return }
    // A blank line (or the LF after a CR), which libcsv reports under
    // CSV_REPALL_NL, is no record.
    guard state.pointee.buffers.openRecordFieldCount > 0 else { return }
    state.pointee.buffers.endRecord(line: line)
    if let body = state.pointee.body {
        defer { state.pointee.buffers.removeAll() }
        // Errors must not unwind through libcsv's C frames: keep them for the reader.
        do {
            try body(state.pointee.buffers.record(0))
        } catch {
            state.pointee.failure = error
        }
    } else if let pipeline = state.pointee.pipeline,
              state.pointee.buffers.byteCount >= RecordPipeline.batchBytes
                || state.pointee.buffers.recordCount >= RecordPipeline.batchRecords {
        pipeline.publish(state.pointee.buffers)
        guard let batch = pipeline.takeEmpty() else {
            state.pointee.holdsBatch = false
            state.pointee.failure = ConsumerStopped()
            return
        }
        state.pointee.buffers = batch
    }
}
