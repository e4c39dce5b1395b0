/// Shares one stored copy of each distinct value: a million deals name a few
/// hundred AEs, CSMs and regions, and interned copies share their storage
/// instead of holding one each.
///
/// Bounded: past `limit` distinct values (a column of unique text) new values
/// are passed through unshared, so the table never grows with the rows.
struct Interner<Value: Hashable> {
    private var table: Set<Value> = []
    private let limit: Int

    init(limit: Int = 4096) { self.limit = limit }

    /// The stored copy equal to `value`, storing `value` when it is new.
    mutating func intern(_ value: Value) -> Value {
        if let stored = table.firstIndex(of: value).map({ table[$0] }) { return stored }
        if table.count < limit { table.insert(value) }
        return value
    }
}
