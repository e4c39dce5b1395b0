/// ttv_survival.csv (SPEC §5 "Time to value that counts the accounts not there
/// yet"): each group's accounts are accounts.csv's, reached ones are those with
/// a first value date and the rest censored; probabilities and bands are in
/// order.
extension ReportChecker {
    static let survivalFile = "ttv_survival.csv"

    mutating func checkSurvival() {
        let file = Self.survivalFile
        guard let rows = rows(file, SpecHeaders.survival, exactHeader: SpecHeaders.survival) else { return }
        var seen: [CohortKey: Int] = [:]
        for row in rows {
            let key = CohortKey(segment: row["segment"], cohort: row["cohort"])
            let group = "\(key.segment) \(key.cohort)"
            guard log.isFirst(key, group, row, in: &seen, file: file) else { continue }
            let counts = key.cohort != "all" ? cohortCounts[key, default: GroupCounts()]
                : key.segment == "all" ? allCounts : segmentCounts[key.segment, default: GroupCounts()]
            guard let accounts = log.count(row, "accounts", in: file), let reached = log.count(row, "reached", in: file),
                  let censored = log.count(row, "censored", in: file) else { continue }
            // "each account with close ≤ S is one observation: reached ... otherwise censored".
            if accounts != counts.accounts || reached != counts.ttvN || reached + censored != accounts {
                log.record(.countsAddUp, file, line: row.line,
                           "\(group): accounts \(accounts), reached \(reached), censored \(censored); accounts.csv has "
                           + "\(counts.accounts) accounts, \(counts.ttvN) with a first value date")
            }
            for column in ["reached_by_target_rate", "reached_by_target_low", "reached_by_target_high",
                           "reached_by_30d_rate", "reached_by_60d_rate", "reached_by_90d_rate"] {
                log.checkRate(row, column, in: file)
            }
            for column in ["km_median_days", "km_median_low", "km_median_high", "naive_median_days"] {
                log.checkNonNegative(row, column, in: file)
            }
            checkOrdered(row, ["km_median_low", "km_median_days", "km_median_high"], in: file)
            checkOrdered(row, ["reached_by_target_low", "reached_by_target_rate", "reached_by_target_high"], in: file)
            // Reached by d days = 1 − Ŝ(d), and Ŝ never rises.
            checkOrdered(row, ["reached_by_30d_rate", "reached_by_60d_rate", "reached_by_90d_rate"], in: file)
            if row["naive_median_days"].isEmpty != (reached == 0) {
                log.record(.countsAddUp, file, line: row.line,
                           "\(group): naive_median_days \"\(row["naive_median_days"])\" with \(reached) reached")
            }
        }
    }

    /// The non-empty cells of `columns` do not decrease (a lower bound, the estimate, an upper bound).
    mutating func checkOrdered(_ row: TableRow, _ columns: [String], in file: String) {
        let values = columns.compactMap { column in Double(row[column]).map { (column, $0) } }
        for (a, b) in zip(values, values.dropFirst()) where a.1 > b.1 {
            log.record(.statisticInRange, file, line: row.line, "\(a.0) \(a.1) exceeds \(b.0) \(b.1)")
        }
    }
}
