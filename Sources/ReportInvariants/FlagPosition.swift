/// Where a flag sorts in red_flags.csv and resolved_flags.csv (SPEC §6: "by
/// severity (critical first), then rule and key in byte order").
struct FlagPosition {
    let severity: Int
    let rule: String
    /// The key as the input spelled it: the sort is on the key, not on its spreadsheet-safe cell.
    let key: String

    init(severity: String, rule: String, keyCell: String) {
        self.severity = severity == "critical" ? 0 : 1
        self.rule = rule
        self.key = Cell.unescaped(keyCell)
    }

    /// Whether `self` sorts strictly before `other`: a flag is not repeated in one severity.
    func precedes(_ other: FlagPosition) -> Bool {
        if severity != other.severity { return severity < other.severity }
        if rule != other.rule { return Cell.precedes(rule, other.rule) }
        return Cell.precedes(key, other.key)
    }
}
