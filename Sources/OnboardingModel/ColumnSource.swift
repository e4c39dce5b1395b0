/// Which header of an export fed one canonical column: what `validate`
/// shows so a user sees the mapping the tool chose (`close_date <- "CloseDate"`).
public struct ColumnSource: Sendable, Equatable {
    /// Canonical column name (`close_date`).
    public var canonical: String
    /// The export's header text, as written in the file.
    public var header: String

    public init(canonical: String, header: String) {
        self.canonical = canonical
        self.header = header
    }
}

/// One distinct `stage` value of deals.csv: how many rows carry it and
/// whether it counts as closed-won under `deals.won_stages`.
public struct StageCount: Sendable, Equatable {
    /// The value as written (trimmed).
    public var value: String
    public var rows: Int
    public var won: Bool

    public init(value: String, rows: Int, won: Bool) {
        self.value = value
        self.rows = rows
        self.won = won
    }
}
