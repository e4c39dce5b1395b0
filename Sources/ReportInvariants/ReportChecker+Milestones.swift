/// milestones.csv (SPEC §7 "segment × milestone: eligible, on-time achieved,
/// on-time rate, achieved, median days from close"): on-time rate is on-time
/// achieved ÷ eligible, and no count exceeds the segment's accounts.
extension ReportChecker {
    static let milestonesFile = "milestones.csv"

    mutating func checkMilestones() {
        let file = Self.milestonesFile
        let columns = ["segment", "milestone", "due_days", "eligible", "achieved_on_time", "on_time_rate", "achieved",
                       "median_days_from_close"]
        guard let rows = rows(file, columns) else { return }
        let segments = Set(segmentNames)
        var seen: [String: Int] = [:]
        for row in rows {
            let segment = row["segment"], group = "\(segment) \(row["milestone"])"
            _ = log.isFirst("\(segment)\u{0}\(row["milestone"])", group, row, in: &seen, file: file)
            if !segmentRows.isEmpty && !segments.contains(segment) {
                log.record(.relationship, file, line: row.line, "\(segment) is not a segment of segments.csv")
            }
            _ = log.count(row, "due_days", in: file)
            log.checkNonNegative(row, "median_days_from_close", in: file)
            guard let eligible = log.count(row, "eligible", in: file),
                  let onTime = log.count(row, "achieved_on_time", in: file),
                  let achieved = log.count(row, "achieved", in: file) else { continue }
            let accounts = segmentCounts[segment, default: GroupCounts()].accounts
            if onTime > eligible || eligible > accounts || achieved > accounts {
                log.record(.countsAddUp, file, line: row.line,
                           "\(group): achieved_on_time \(onTime), eligible \(eligible), achieved \(achieved) "
                           + "of \(accounts) accounts")
            }
            log.checkRate(row, "on_time_rate", in: file)
            log.checkQuotient(row, "on_time_rate", hits: onTime, eligible: eligible, in: file)
            if row["median_days_from_close"].isEmpty != (achieved == 0) {
                log.record(.countsAddUp, file, line: row.line,
                           "\(group): median_days_from_close \"\(row["median_days_from_close"])\" with \(achieved) achieved")
            }
        }
    }
}
