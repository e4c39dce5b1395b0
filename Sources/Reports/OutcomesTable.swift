import Metrics
import OnboardingModel

/// outcomes.csv (SPEC §7): retention per factor × band × horizon, in factor,
/// band and ascending horizon order as `MetricsEngine.outcomeRows` gives them.
enum OutcomesTable {
    static let fileName = "outcomes.csv"

    static let header = ["factor", "band", "horizon_days", "eligible", "retained", "retention_rate", "retention_low",
                         "retention_high", "reference_band", "retention_ratio", "ratio_low", "ratio_high", "p_value"]

    static func row(_ row: OutcomeRow) -> [String] {
        let interval = row.retentionInterval
        let ratio = row.versusReference?.ratio
        return [row.factor, row.band, CellFormat.integer(row.horizonDays), CellFormat.integer(row.eligible),
                CellFormat.integer(row.retained), CellFormat.rate(row.retentionRate),
                StatisticFormat.fixed4(interval?.low), StatisticFormat.fixed4(interval?.high), row.referenceBand,
                StatisticFormat.fixed4(ratio?.ratio), StatisticFormat.fixed4(ratio?.low),
                StatisticFormat.fixed4(ratio?.high), StatisticFormat.pValue(row.versusReference?.pValue)]
    }
}
