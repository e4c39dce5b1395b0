import CSVStream
import Metrics
import OnboardingModel

/// How one value becomes one CSV cell (SPEC §7): fixed decimals per kind of
/// figure, `true`/`false`, `YYYY-MM-DD`, and an empty cell for nil.
///
/// Every table goes through these so that the same figure is written the same
/// way in every file, and analysts' week-over-week diffs only show real changes.
enum CellFormat {
    /// Rates and scores (`…_rate`, `handoff_quality`, `handoff_score`): 4 decimals.
    static func rate(_ value: Rational?) -> String {
        value?.formatted(places: 4) ?? ""
    }

    /// Day statistics (medians, percentiles, velocity): 1 decimal.
    static func days(_ value: Rational?) -> String {
        value?.formatted(places: 1) ?? ""
    }

    /// Onboarding NPS, already on the −100...100 scale: 1 decimal.
    static func nps(_ value: Rational?) -> String {
        value?.formatted(places: 1) ?? ""
    }

    /// Counts and whole days.
    static func integer(_ value: Int?) -> String {
        value.map { String($0) } ?? ""
    }

    static func bool(_ value: Bool?) -> String {
        value.map { $0 ? "true" : "false" } ?? ""
    }

    static func date(_ value: Day?) -> String {
        value?.description ?? ""
    }

    /// Hundredths of the report currency as a plain decimal with 2 places.
    static func money(cents: Int64) -> String {
        Rational(cents, 100).formatted(places: 2)
    }

    /// Text that came from an export: neutralized so a spreadsheet never runs it.
    static func input(_ text: String) -> String {
        spreadsheetSafe(text)
    }
}

/// The metric columns shared by cohorts.csv and segments.csv, in SPEC §7 order.
enum MetricColumns {
    static let header = [
        "accounts", "active", "complete", "churned", "ttv_n", "ttv_median_days", "ttv_p90_days",
        "ttv_within_target_rate", "completion_rate", "milestone_velocity_days", "stalled", "stall_rate",
        "handoff_quality", "retention_90d_rate", "day7_engagement_rate", "onboarding_nps",
    ]

    static func cells(_ m: GroupMetrics) -> [String] {
        [
            CellFormat.integer(m.accounts), CellFormat.integer(m.active), CellFormat.integer(m.complete),
            CellFormat.integer(m.churned), CellFormat.integer(m.ttvN), CellFormat.days(m.ttvMedianDays),
            CellFormat.days(m.ttvP90Days), CellFormat.rate(m.ttvWithinTargetRate),
            CellFormat.rate(m.completionRate), CellFormat.days(m.milestoneVelocityDays),
            CellFormat.integer(m.stalled), CellFormat.rate(m.stallRate), CellFormat.rate(m.handoffQuality),
            CellFormat.rate(m.retention90dRate), CellFormat.rate(m.day7EngagementRate),
            CellFormat.nps(m.onboardingNPS),
        ]
    }
}
