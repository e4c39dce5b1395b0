import Metrics
import OnboardingModel

/// capacity.csv: per segment in config order, a `now` row, then one row per
/// forecast month (`YYYY-MM`).
///
/// FTE figures have 2 decimals, like the people they count; W and concurrent
/// onboardings 1, like other day statistics.
enum CapacityTable {
    static let fileName = "capacity.csv"

    static let header = ["segment", "month", "active", "expected_new", "w_days", "concurrent_onboardings",
                         "required_fte", "assigned_fte", "gap_fte"]

    static func rows(_ rows: [CapacityRow], config: Config) -> [[String]] {
        rows.map { row in
            [config.segments[row.segmentIndex].name, row.month?.monthKey ?? "now",
             CellFormat.integer(row.active), CellFormat.days(row.expectedNew), CellFormat.days(row.wDays),
             CellFormat.days(row.concurrent), fte(row.requiredFTE), fte(row.assignedFTE), fte(row.gapFTE)]
        }
    }

    static func fte(_ value: Rational?) -> String { value?.formatted(places: 2) ?? "" }
}
