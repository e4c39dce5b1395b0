/// The raw records the rows of a rollup stand for (SPEC §10): a row of
/// events_daily.csv is `events` events of one account, day and name.
///
/// The `thresholds.max_reject_rate` gate judges such a file by these, so the
/// rollup passes or fails it as the raw events would: a thousand events with
/// one unreadable timestamp collapse into one rollup row, and a thousand good
/// ones too.
public struct RepresentedRows: Sendable, Equatable {
    /// What a record is, plural: `events`.
    public var unit: String
    public var read: Int
    public var rejected: Int

    public init(unit: String, read: Int, rejected: Int) {
        self.unit = unit
        self.read = read
        self.rejected = rejected
    }
}

extension InputFileSummary {
    /// Rejected and read counts the reject gate compares: the represented
    /// records of a rollup, else the file's rows.
    public var gateCounts: (rejected: Int, read: Int) {
        represented.map { ($0.rejected, $0.read) } ?? (rejected, rowsRead)
    }
}
