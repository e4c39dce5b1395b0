import Foundation
import Metrics
import OnboardingModel

/// ttv_survival.csv (SPEC §5, §7): Kaplan–Meier TTV per segment × cohort, then per segment
/// and `all` with cohort `all`; the metrics stage orders the rows.
enum TTVSurvivalTable {
    static let fileName = "ttv_survival.csv"

    static let header = [
        "segment", "cohort", "accounts", "reached", "censored", "km_median_days", "km_median_low",
        "km_median_high", "reached_by_target_rate", "reached_by_target_low", "reached_by_target_high",
        "reached_by_30d_rate", "reached_by_60d_rate", "reached_by_90d_rate", "naive_median_days",
    ]

    static func rows(_ rows: [SurvivalRow], config: Config) -> [[String]] {
        rows.map { row in
            [row.segmentIndex.map { config.segments[$0].name } ?? "all", row.cohort ?? "all",
             CellFormat.integer(row.accounts), CellFormat.integer(row.reached), CellFormat.integer(row.censored),
             CellFormat.integer(row.kmMedianDays), CellFormat.integer(row.kmMedianLow),
             CellFormat.integer(row.kmMedianHigh), rate(row.reachedByTarget), rate(row.reachedByTargetLow),
             rate(row.reachedByTargetHigh), rate(row.reachedBy30), rate(row.reachedBy60), rate(row.reachedBy90),
             CellFormat.days(row.naiveMedianDays)]
        }
    }

    /// An estimated share with 4 decimals, like every rate (a tiny negative from rounding
    /// shows as 0.0000, never -0.0000).
    static func rate(_ value: Double?) -> String {
        guard let value else { return "" }
        let text = String(format: "%.4f", value)
        return text == "-0.0000" ? "0.0000" : text
    }
}
