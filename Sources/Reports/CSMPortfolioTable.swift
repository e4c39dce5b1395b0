import Metrics
import OnboardingModel

/// csm_portfolio.csv: one row per CSM by name in byte order, `(unassigned)`
/// first when some active accounts have no CSM.
///
/// One `active_<segment>` column per configured segment, in config order.
enum CSMPortfolioTable {
    static let fileName = "csm_portfolio.csv"

    static func header(_ config: Config) -> [String] {
        ["csm", "segment", "fte", "active"] + config.segments.map { "active_" + $0.name }
            + ["load", "utilization", "stalled", "overdue", "handoff_quality"]
    }

    static func rows(_ portfolio: [CSMPortfolioRow], config: Config) -> [[String]] {
        portfolio.map { row in
            [CellFormat.input(row.csm), row.segmentIndex.map { config.segments[$0].name } ?? "",
             CellFormat.rate(row.fte), CellFormat.integer(row.active)]
                + row.activeBySegment.map(CellFormat.integer)
                + [CellFormat.rate(row.load), CellFormat.rate(row.utilization), CellFormat.integer(row.stalled),
                   CellFormat.integer(row.overdue), CellFormat.rate(row.handoffQuality)]
        }
    }
}
