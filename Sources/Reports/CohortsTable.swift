import Metrics
import OnboardingModel

/// cohorts.csv: one row per segment × close month with at least one account,
/// by cohort then segment order (SPEC §7); the metrics stage sorts them.
enum CohortsTable {
    static let fileName = "cohorts.csv"

    static let header = ["segment", "cohort"] + MetricColumns.header + ["adoption_rate"]

    static func rows(_ cohorts: [CohortRow], config: Config) -> [[String]] {
        cohorts.map { row in
            [config.segments[row.segmentIndex].name, row.cohort] + MetricColumns.cells(row.metrics)
                + [CellFormat.rate(row.metrics.adoptionRate)]
        }
    }
}
