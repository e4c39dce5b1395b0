import Metrics
import OnboardingModel

/// segments.csv: one row per configured segment in config order, then `all`
/// (SPEC §7). Rows arrive already in that order from the metrics stage.
enum SegmentsTable {
    static let fileName = "segments.csv"

    static let header = ["segment"] + MetricColumns.header
        + ["new_in_window", "first_value_in_window", "completed_in_window", "adoption_rate"]

    static func rows(_ segments: [SegmentRow], config: Config) -> [[String]] {
        segments.map { row in
            [segmentName(row.segmentIndex, config: config)] + MetricColumns.cells(row.metrics) + [
                CellFormat.integer(row.newInWindow),
                CellFormat.integer(row.firstValueInWindow),
                CellFormat.integer(row.completedInWindow),
                CellFormat.rate(row.metrics.adoptionRate),
            ]
        }
    }

    /// The configured name, or `all` for the total row (segment index nil).
    static func segmentName(_ index: Int?, config: Config) -> String {
        index.map { config.segments[$0].name } ?? "all"
    }
}
