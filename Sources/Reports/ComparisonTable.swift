import Metrics
import OnboardingModel

/// comparison.csv (SPEC §7): the pilot against the baseline, one row per
/// metric in SPEC order; written only with `compare:`.
enum ComparisonTable {
    static let fileName = "comparison.csv"

    static let header = ["metric", "pilot", "baseline", "difference", "pilot_n", "baseline_n", "test", "p_value"]

    static func row(_ row: ComparisonRow) -> [String] {
        [row.metric, value(row.pilot, row.kind), value(row.baseline, row.kind), value(row.difference, row.kind),
         CellFormat.integer(row.pilotN), CellFormat.integer(row.baselineN), row.test,
         StatisticFormat.pValue(row.pValue)]
    }

    /// Days with 1 decimal, rates and scores with 4, NPS with 1, as in the other tables.
    static func value(_ value: Rational?, _ kind: ComparisonRow.Kind) -> String {
        switch kind {
        case .days: CellFormat.days(value)
        case .rate, .score: CellFormat.rate(value)
        case .nps: CellFormat.nps(value)
        }
    }
}
