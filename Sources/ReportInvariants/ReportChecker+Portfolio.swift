/// csm_portfolio.csv (SPEC §7 "per CSM: fte, active (total and per segment),
/// load, utilization, stalled, overdue, handoff quality"): its counts are those
/// of each CSM's active accounts in accounts.csv, and every CSM with an active
/// account has a row (SPEC §5 Capacity, `(unassigned)` for accounts without one).
extension ReportChecker {
    static let portfolioFile = "csm_portfolio.csv"

    mutating func checkPortfolio() {
        let file = Self.portfolioFile
        let perSegment = segmentNames.map { "active_\($0)" }
        let columns = ["csm", "segment", "fte", "active", "load", "utilization", "stalled", "overdue",
                       "handoff_quality"] + perSegment
        guard let rows = rows(file, columns) else { return }
        for row in rows {
            let csm = row["csm"]
            if let first = portfolio[csm] {
                log.record(.unique, file, line: row.line, "csm \(csm) is also in a row above (segment \(first.segment))")
                continue
            }
            portfolio[csm] = (row["segment"], row["utilization"])
            let counts = csmCounts[csm, default: CSMCounts()]
            var bySegment = 0
            for (segment, column) in zip(segmentNames, perSegment) {
                guard let written = log.count(row, column, in: file) else { continue }
                bySegment += written
                let expected = counts.activeBySegment[segment, default: 0]
                if written != expected {
                    log.record(.countsAddUp, file, line: row.line,
                               "\(csm) \(column) is \(written); accounts.csv has \(expected)")
                }
            }
            for (column, expected) in [("active", counts.active), ("stalled", counts.stalled)] {
                guard let written = log.count(row, column, in: file) else { continue }
                if written != expected {
                    log.record(.countsAddUp, file, line: row.line,
                               "\(csm) \(column) is \(written); accounts.csv has \(expected)")
                }
                if column == "active" && written != bySegment {
                    log.record(.countsAddUp, file, line: row.line,
                               "\(csm) active \(written) is not the sum per segment, \(bySegment)")
                }
            }
            _ = log.count(row, "overdue", in: file)
            for column in ["fte", "load", "utilization"] { log.checkNonNegative(row, column, in: file) }
            log.checkRate(row, "handoff_quality", in: file)
        }
        for csm in csmCounts.keys.sorted() where portfolio[csm] == nil {
            log.record(.relationship, file, "\(csm) has active accounts in accounts.csv but no row")
        }
    }
}
