import CSVStream
import OnboardingModel

/// Row accounting of one input file: every data row ends up accepted, skipped
/// or rejected exactly once, so read = accepted + skipped + rejected.
///
/// Rows whose fields are all empty count as skipped (SPEC §3 "are skipped"),
/// which keeps that identity without a fourth counter.
struct RowTally {
    /// Logical name (`deals`).
    let name: String
    /// File name as configured (`deals.csv`); rejects carry it.
    let fileName: String
    private(set) var accepted = 0
    private(set) var skipped = 0
    /// The rejected rows, in line order since rows arrive in file order:
    /// kept, or streamed to a sink (`RejectCollector`).
    let collector = RejectCollector()
    /// For a rollup, the raw records its rows stand for (see `represent`).
    private(set) var represented: RepresentedRows?
    /// The header each canonical column was read from (for `validate`).
    var columnSources: [ColumnSource] = []

    init(name: String, fileName: String) {
        self.name = name
        self.fileName = fileName
    }

    /// The rejected rows kept in memory; empty when they are streamed.
    var rejects: [RejectedRow] { collector.rows }
    var rejected: Int { collector.count }
    var rowsRead: Int { accepted + skipped + rejected }

    mutating func accept() { accepted += 1 }
    mutating func skip() { skipped += 1 }

    /// Rejects `record` with `reason`, keeping its raw fields.
    mutating func reject(_ record: some IngestRecord, _ reason: String) {
        collector.add(RejectedRow(file: fileName, line: record.line, reason: reason, raw: record.fields))
    }

    /// Counts `count` raw records for the row just judged (a rollup row of
    /// `count` events), as rejected when that row was.
    mutating func represent(_ count: Int, unit: String, rejected: Bool) {
        var rows = represented ?? RepresentedRows(unit: unit, read: 0, rejected: 0)
        rows.read += count
        if rejected { rows.rejected += count }
        represented = rows
    }

    /// The checks every file shares, before its own rules: an all-empty row is
    /// skipped; a ragged row or one with invalid UTF-8 is rejected.
    ///
    /// - Returns: true when the row is structurally sound and still to be
    ///   judged by the file's rules; false when this call already counted it.
    mutating func admit(_ record: some IngestRecord, header: [String]) -> Bool {
        if isBlank(record) {
            skip()
            return false
        }
        guard record.count == header.count else {
            let fields = record.count == 1 ? "1 field" : "\(record.count) fields"
            reject(record, "row has \(fields) but the header has \(header.count); a value that holds the "
                + "delimiter or a line break must be in double quotes")
            return false
        }
        if let long = record.tooLongField {
            reject(record, "field too long: column '\(header[long])' (field \(long + 1)) is longer than "
                + "\(CSVRecord.maxFieldBytes / (1 << 20)) MiB; a quote that never closes where it should, or a "
                + "runaway value: fix the export")
            return false
        }
        if let bad = record.invalidUTF8 {
            if isEncodedSurrogate(record, bad.field, at: bad.byteOffset) {
                reject(record, "column '\(header[bad.field])' (field \(bad.field + 1)) holds a lone UTF-16 surrogate "
                    + "at byte \(bad.byteOffset) of the field, half of a character pair (an emoji cut in two?); "
                    + "the export damaged the text: fix the value, or re-export the file")
                return false
            }
            // The reader gives fields, not the line's raw bytes, so the offset is within the field.
            reject(record, "column '\(header[bad.field])' (field \(bad.field + 1)) is not valid UTF-8 from byte "
                + "\(bad.byteOffset) of the field; the file is in another encoding (e.g. Windows-1252): "
                + "re-export it as UTF-8 or UTF-16 (Unicode text)")
            return false
        }
        return true
    }

    /// The file's line of `InputFileSummary`.
    func summary(sha256: String) -> InputFileSummary {
        var summary = InputFileSummary(name: name, fileName: fileName, sha256: sha256, rowsRead: rowsRead,
                                       accepted: accepted, skipped: skipped, rejected: rejected)
        summary.represented = represented
        summary.columnSources = columnSources
        return summary
    }

    /// A UTF-16 file's lone surrogate reaches here as ED A0...ED BF (see
    /// `UTF16Transcoder`), which no other encoding writes.
    private func isEncodedSurrogate(_ record: some IngestRecord, _ field: Int, at offset: Int) -> Bool {
        record.withFieldBytes(field) { b in
            offset + 1 < b.count && b[offset] == 0xED && b[offset + 1] >= 0xA0 && b[offset + 1] <= 0xBF
        }
    }

    private func isBlank(_ record: some IngestRecord) -> Bool {
        for i in 0..<record.count where !record.withFieldBytes(i, { $0.allSatisfy(isFieldSpace) }) { return false }
        return true
    }
}

/// A data-quality observation counted over rows, with the first few distinct
/// values that caused it so the note says what to fix.
struct CountedNote {
    private(set) var count = 0
    private(set) var examples: [String] = []
    private static let exampleLimit = 3

    /// Counts `count` occurrences (a rollup row stands for several) of `example`.
    mutating func add(example: String, count: Int = 1) {
        self.count += count
        let example = HumanText.shown(example)
        if examples.count < Self.exampleLimit, !examples.contains(example) { examples.append(example) }
    }

    /// The note, or nil when nothing was counted. `message` gets the examples
    /// appended: `... (e.g. 'Strategic', 'Key')`.
    func note(file: String, _ message: String) -> DataQualityNote? {
        guard count > 0 else { return nil }
        let quoted = examples.map { "'\($0)'" }.joined(separator: ", ")
        return DataQualityNote(file: file, message: examples.isEmpty ? message : "\(message) (e.g. \(quoted))",
                               count: count)
    }
}
