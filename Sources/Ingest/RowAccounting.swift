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
    /// In line order, since rows arrive in file order.
    private(set) var rejects: [RejectedRow] = []
    /// The header each canonical column was read from (for `validate`).
    var columnSources: [ColumnSource] = []

    init(name: String, fileName: String) {
        self.name = name
        self.fileName = fileName
    }

    var rejected: Int { rejects.count }
    var rowsRead: Int { accepted + skipped + rejected }

    mutating func accept() { accepted += 1 }
    mutating func skip() { skipped += 1 }

    /// Rejects `record` with `reason`, keeping its raw fields.
    mutating func reject(_ record: some IngestRecord, _ reason: String) {
        rejects.append(RejectedRow(file: fileName, line: record.line, reason: reason, raw: record.fields))
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
        if let bad = record.invalidUTF8 {
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
        summary.columnSources = columnSources
        return summary
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

    mutating func add(example: String) {
        count += 1
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
