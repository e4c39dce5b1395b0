import Metrics

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
