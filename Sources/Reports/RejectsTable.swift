import CSVStream
import OnboardingModel

/// rejects.csv: every rejected row, in the order ingest found them (file
/// order, then line order), with its original fields kept whole (SPEC §3).
enum RejectsTable {
    static let fileName = "rejects.csv"

    static let header = ["file", "line", "reason", "raw"]

    static func row(_ reject: RejectedRow) -> [String] {
        [
            CellFormat.input(reject.file),
            CellFormat.integer(reject.line),
            CellFormat.input(reject.reason),
            CellFormat.input(rawRecord(reject.raw)),
        ]
    }

    /// The row's fields re-encoded as one CSV record without its line end, so
    /// that one cell holds the row exactly as a CSV reader would read it back.
    static func rawRecord(_ fields: [String]) -> String {
        let record = CSVWriter.encode(fields).utf8
        // Dropped as a byte: `dropLast()` on the String would drop a whole Character.
        return String(decoding: record.last == UInt8(ascii: "\n") ? record.dropLast() : record[...],
                      as: UTF8.self)
    }
}
