/// What the other tables are checked against of one accounts.csv row.
///
/// Kept for every account of the report (a million in the benchmark), so the
/// segment and CSM are indexes into a `NamePool`, not `String`s of their own.
struct AccountFacts {
    enum Status: String, CaseIterable {
        case active, complete, churned
    }

    let line: Int
    let status: Status
    let stalled: Bool
    let onHold: Bool
    let hasFirstValue: Bool
    let segment: Int32
    let csm: Int32
    /// `days_since_progress` (-1 when not a number) and `handoff_score`, which the stalled and
    /// handoff_incomplete flags repeat as their values.
    let daysSinceProgress: Int32
    let handoffScore: Double?
    /// The account rules that flagged it in red_flags.csv, one bit per `FlagRule`.
    var flaggedRules: UInt16 = 0
}

/// Names shared by many rows (segments, CSMs), each stored once.
struct NamePool {
    private(set) var names: [String] = []
    private var indexes: [String: Int32] = [:]

    mutating func index(_ name: String) -> Int32 {
        if let i = indexes[name] { return i }
        let i = Int32(names.count)
        names.append(name)
        indexes[name] = i
        return i
    }

    subscript(_ i: Int32) -> String { names[Int(i)] }
}
