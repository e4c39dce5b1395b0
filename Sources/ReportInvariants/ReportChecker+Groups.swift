/// segments.csv and cohorts.csv (SPEC §7): one row per segment (then `all`) and
/// per segment × cohort with an account; their counts are accounts.csv's, and
/// their rates and day statistics are in range (SPEC §5 group metrics).
extension ReportChecker {
    static let segmentsFile = "segments.csv"
    static let cohortsFile = "cohorts.csv"

    /// Reads segments.csv first: accounts.csv is checked against its segments.
    mutating func readSegments() {
        let file = Self.segmentsFile
        guard let rows = rows(file, SpecHeaders.segments, exactHeader: SpecHeaders.segments) else { return }
        segmentRows = rows
        var seen: [String: Int] = [:]
        for row in rows { _ = log.isFirst(row["segment"], "segment \(row["segment"])", row, in: &seen, file: file) }
        // "one row per configured segment ..., then all".
        if rows.last?["segment"] != "all" {
            log.record(.rowOrder, file, "the last row is not all")
        }
        segmentNames = rows.map { $0["segment"] }.filter { $0 != "all" }
    }

    mutating func checkSegments() {
        let file = Self.segmentsFile
        let columns = manifest == nil ? GroupCounts.cohortColumns : GroupCounts.segmentColumns
        for row in segmentRows {
            let name = row["segment"]
            let counts = name == "all" ? allCounts : segmentCounts[name, default: GroupCounts()]
            compare(row, with: counts, columns, in: file, group: name)
            checkGroupRow(row, in: file)
        }
    }

    mutating func checkCohorts() {
        let file = Self.cohortsFile
        guard let rows = rows(file, SpecHeaders.cohorts, exactHeader: SpecHeaders.cohorts) else { return }
        let order = Dictionary(segmentNames.enumerated().map { ($1, $0) }) { a, _ in a }
        var seen: [CohortKey: Int] = [:]
        var previous: (cohort: String, segment: Int)?
        for row in rows {
            let key = CohortKey(segment: row["segment"], cohort: row["cohort"])
            let group = "\(key.segment) \(key.cohort)"
            guard log.isFirst(key, group, row, in: &seen, file: file) else { continue }
            // "(cohort, then segment order)".
            let position = (cohort: key.cohort, segment: order[key.segment] ?? Int.max)
            if let previous, (previous.cohort, previous.segment) >= (position.cohort, position.segment) {
                log.record(.rowOrder, file, line: row.line,
                           "\(group) is not after the row before it (cohort, then segment order)")
            }
            previous = position
            guard let counts = cohortCounts[key] else {
                // "one row per segment × cohort with ≥1 account".
                log.record(.countsAddUp, file, line: row.line, "\(group) has no account in accounts.csv")
                checkGroupRow(row, in: file)
                continue
            }
            compare(row, with: counts, GroupCounts.cohortColumns, in: file, group: group)
            checkGroupRow(row, in: file)
        }
        for key in cohortCounts.keys where seen[key] == nil {
            log.record(.countsAddUp, file, "\(key.segment) \(key.cohort) has accounts in accounts.csv but no row")
        }
    }

    /// The count columns of a group row against the tallies of its accounts.
    private mutating func compare(_ row: TableRow, with counts: GroupCounts, _ columns: [String], in file: String,
                                  group: String) {
        for column in columns {
            guard let written = log.count(row, column, in: file) else { continue }
            if written != counts[column] {
                log.record(.countsAddUp, file, line: row.line,
                           "\(group) \(column) is \(written); accounts.csv has \(counts[column] ?? 0)")
            }
        }
    }

    /// A group row against itself: statuses add up to accounts, stall_rate is
    /// stalled ÷ active, rates in [0, 1], day statistics ≥ 0 and median ≤ p90.
    private mutating func checkGroupRow(_ row: TableRow, in file: String) {
        let accounts = Int(row["accounts"]) ?? 0, active = Int(row["active"]) ?? 0
        let statuses = ["active", "complete", "churned"].reduce(0) { $0 + (Int(row[$1]) ?? 0) }
        // SPEC §5 status: every account is exactly one of active, complete, churned.
        if statuses != accounts {
            log.record(.countsAddUp, file, line: row.line, "active + complete + churned = \(statuses), accounts \(accounts)")
        }
        log.checkQuotient(row, "stall_rate", hits: Int(row["stalled"]) ?? 0, eligible: active, in: file)
        if (Int(row["stalled"]) ?? 0) > active {
            log.record(.countsAddUp, file, line: row.line, "stalled \(row["stalled"]) exceeds active \(active)")
        }
        for column in SpecHeaders.groupRates { log.checkRate(row, column, in: file) }
        for column in ["ttv_median_days", "ttv_p90_days", "milestone_velocity_days"] {
            log.checkNonNegative(row, column, in: file)
        }
        // "a rate or statistic with an empty denominator is empty": the TTV statistics are over ttv_n.
        let ttvN = Int(row["ttv_n"]) ?? 0
        for column in ["ttv_median_days", "ttv_p90_days"] where row[column].isEmpty != (ttvN == 0) {
            log.record(.countsAddUp, file, line: row.line, "\(column) is \"\(row[column])\" with ttv_n \(ttvN)")
        }
        if let median = Double(row["ttv_median_days"]), let p90 = Double(row["ttv_p90_days"]), median > p90 {
            log.record(.statisticInRange, file, line: row.line, "ttv_median_days \(median) exceeds ttv_p90_days \(p90)")
        }
        if let nps = Double(row["onboarding_nps"]), !(-100...100).contains(nps) {
            log.record(.statisticInRange, file, line: row.line, "onboarding_nps \(nps) is not in [-100, 100]")
        }
    }
}
