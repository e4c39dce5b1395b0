/// capacity.csv (SPEC §7 "per segment: a `now` row, then one per forecast
/// month"; §5 "Required FTE now per segment = active accounts ÷
/// capacity_per_csm"): the `now` row's active accounts are segments.csv's.
extension ReportChecker {
    static let capacityFile = "capacity.csv"

    mutating func checkCapacity() {
        let file = Self.capacityFile
        let columns = ["segment", "month", "active", "expected_new", "w_days", "concurrent_onboardings", "required_fte",
                       "assigned_fte", "gap_fte"]
        guard let rows = rows(file, columns) else { return }
        var nowRows: [String: Int] = [:]
        for row in rows {
            let segment = row["segment"]
            if !segmentRows.isEmpty && !segmentNames.contains(segment) {
                log.record(.relationship, file, line: row.line, "\(segment) is not a segment of segments.csv")
            }
            for column in ["expected_new", "w_days", "concurrent_onboardings", "required_fte", "assigned_fte"] {
                log.checkNonNegative(row, column, in: file)
            }
            guard row["month"] == "now" else { continue }
            _ = log.isFirst(segment, "the now row of \(segment)", row, in: &nowRows, file: file)
            let active = segmentCounts[segment, default: GroupCounts()].active
            if let written = log.count(row, "active", in: file), written != active {
                log.record(.countsAddUp, file, line: row.line,
                           "\(segment) now: active \(written); accounts.csv has \(active)")
            }
        }
        for segment in segmentNames where nowRows[segment] == nil {
            log.record(.countsAddUp, file, "no now row for \(segment)")
        }
    }
}
