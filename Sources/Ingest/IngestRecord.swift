import CSVStream
import OnboardingModel

/// Read access to a row's raw field bytes.
protocol FieldBytes {
    var count: Int { get }
    /// Calls `body` with field `i`'s UTF-8 bytes, valid only during the call:
    /// the hot paths read fields without making a `String` of each.
    func withFieldBytes<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R
}

/// One data row as the per-file ingesters see it: its line and its fields.
///
/// `CSVRecord` is the production conformer; tests feed in-memory rows, so the
/// rules of each file are tested without touching the disk.
protocol IngestRecord: FieldBytes {
    /// The row's first physical line in the file (the header is line 1).
    var line: Int { get }
    func string(_ i: Int) -> String
    var fields: [String] { get }
    /// Where the first invalid UTF-8 sequence is, or nil when there is none.
    var invalidUTF8: (field: Int, byteOffset: Int)? { get }
    /// The first field longer than `CSVRecord.maxFieldBytes`, or nil.
    var tooLongField: Int? { get }
}

extension IngestRecord {
    var tooLongField: Int? {
        (0..<count).first { i in withFieldBytes(i) { $0.count } > CSVRecord.maxFieldBytes }
    }

    func withFieldBytes<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var text = string(i)
        return text.withUTF8(body)
    }
}

extension CSVRecord: IngestRecord {
    func withFieldBytes<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R { body(bytes(i)) }
}

/// The ingest of one export file: reads its header, then each data row.
///
/// Each optional file (events, csms, forecast, surveys) slots in as one more
/// conformer read by `CSVFileReading`.
protocol FileIngester {
    /// Canonical names of the columns the file must have.
    static var requiredColumns: [String] { get }

    /// Row accounting and rejects of the file so far.
    var tally: RowTally { get }

    /// Resolves the columns from the header row.
    /// - Throws: `PipelineError(.data)` when a required column is missing.
    mutating func readHeader(_ header: [String]) throws(PipelineError)

    /// Accepts, skips or rejects one data row, counting it in `tally`.
    mutating func consume(_ record: some IngestRecord)

    /// Starts loading what `consume` will read for `record`, some rows
    /// before it gets there (`stage` says how far); it may be the header
    /// row, and changes nothing. Mutating only so that no copy is made.
    mutating func prefetch(_ record: CSVRecord, _ stage: LookaheadStage)
}

extension FileIngester {
    mutating func prefetch(_ record: CSVRecord, _ stage: LookaheadStage) {}
}
