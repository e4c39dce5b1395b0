/// outcomes.csv and comparison.csv (SPEC §5 "Does onboarding pay off?", "Pilot
/// versus baseline"): retention is retained ÷ eligible inside its interval,
/// ratios inside theirs, p-values and rates in [0, 1].
extension ReportChecker {
    static let outcomesFile = "outcomes.csv"
    static let comparisonFile = "comparison.csv"

    mutating func checkOutcomes() {
        let file = Self.outcomesFile
        guard let rows = rows(file, SpecHeaders.outcomes, exactHeader: SpecHeaders.outcomes) else { return }
        for row in rows {
            for column in ["retention_rate", "retention_low", "retention_high", "p_value"] {
                log.checkRate(row, column, in: file)
            }
            for column in ["horizon_days", "retention_ratio", "ratio_low", "ratio_high"] {
                log.checkNonNegative(row, column, in: file)
            }
            checkOrdered(row, ["retention_low", "retention_rate", "retention_high"], in: file)
            checkOrdered(row, ["ratio_low", "retention_ratio", "ratio_high"], in: file)
            guard let eligible = log.count(row, "eligible", in: file), let retained = log.count(row, "retained", in: file)
            else { continue }
            // "Bands with no eligible account have no row".
            if eligible == 0 || retained > eligible {
                log.record(.countsAddUp, file, line: row.line, "retained \(retained) of eligible \(eligible)")
            }
            log.checkQuotient(row, "retention_rate", hits: retained, eligible: eligible, in: file)
        }
    }

    /// comparison.csv is written with `compare:` only; when it is there, its rows are checked.
    mutating func checkComparison() {
        let file = Self.comparisonFile
        guard table(file).exists,
              let rows = rows(file, SpecHeaders.comparison, exactHeader: SpecHeaders.comparison) else { return }
        let metrics: Set<String> = ["ttv_km_median_days", "ttv_within_target_rate", "completion_rate", "stall_rate",
                                    "day7_engagement_rate", "retention_90d_rate", "handoff_quality", "onboarding_nps"]
        for row in rows {
            log.checkAccepted(row, "metric", metrics, in: file)
            log.checkRate(row, "p_value", in: file)
            let metric = row["metric"]
            if metric.hasSuffix("_rate") || metric == "handoff_quality" {
                for column in ["pilot", "baseline"] { log.checkRate(row, column, in: file) }
            } else if metric == "ttv_km_median_days" {
                for column in ["pilot", "baseline"] { log.checkNonNegative(row, column, in: file) }
            }
            for column in ["pilot_n", "baseline_n"] {
                if let n = log.count(row, column, in: file), n > allCounts.accounts {
                    log.record(.countsAddUp, file, line: row.line,
                               "\(metric) \(column) \(n) exceeds the \(allCounts.accounts) accounts")
                }
            }
        }
    }
}
