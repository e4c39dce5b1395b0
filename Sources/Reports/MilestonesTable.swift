import Metrics
import OnboardingModel

/// milestones.csv: segment × plan milestone, in segment then plan order.
enum MilestonesTable {
    static let fileName = "milestones.csv"

    static let header = ["segment", "milestone", "due_days", "eligible", "achieved_on_time", "on_time_rate",
                         "achieved", "median_days_from_close"]

    static func rows(_ rows: [MilestoneOnTimeRow], config: Config) -> [[String]] {
        rows.map { row in
            [config.segments[row.segmentIndex].name, config.milestones.order[row.milestoneIndex],
             CellFormat.integer(row.dueDays), CellFormat.integer(row.eligible),
             CellFormat.integer(row.achievedOnTime), CellFormat.rate(row.onTimeRate),
             CellFormat.integer(row.achieved), CellFormat.days(row.medianDaysFromClose)]
        }
    }
}
