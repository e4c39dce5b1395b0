import Metrics
import OnboardingModel

/// summary.md's "Pilot vs baseline" section, named after `compare.name`:
/// the comparison.csv table and one line on what it does and does not show.
enum ComparisonSection {
    static func markdown(_ content: ReportContent) -> String {
        guard let compare = content.config.compare, !content.payoff.comparison.isEmpty else { return "" }
        let rows = content.payoff.comparison
        var text = "## Pilot vs baseline: \(MarkdownText.escape(compare.name))\n\n"
        text += MarkdownText.table(
            ["Metric", "Pilot", "Baseline", "Difference", "n pilot / baseline", "p"],
            [.left, .right, .right, .right, .right, .right],
            rows.map { row in
                [label(row.metric), shown(row.pilot, row.kind), shown(row.baseline, row.kind),
                 shown(row.difference, row.kind, difference: true),
                 "\(row.pilotN.map(String.init) ?? "—") / \(row.baselineN.map(String.init) ?? "—")",
                 row.pValue.map { StatisticFormat.pValue($0) } ?? "—"]
            })
        text += "\n" + interpretation(rows, minimum: content.config.thresholds.minGroupSize) + "\n\n"
        for note in content.payoff.comparisonNotes { text += MarkdownText.escape(note) + "\n\n" }
        return text
    }

    /// One line from the TTV row, the comparison the playbooks ask for.
    static func interpretation(_ rows: [ComparisonRow], minimum: Int) -> String {
        guard let ttv = rows.first(where: { $0.metric == "ttv_km_median_days" }) else { return "" }
        let pilot = ttv.pilot.map { "\($0.formatted(places: 1)) days" } ?? "not reached yet"
        let baseline = ttv.baseline.map { "\($0.formatted(places: 1)) days" } ?? "not reached yet"
        let medians = "Median TTV \(pilot) in the pilot against \(baseline) in the baseline"
        guard let p = ttv.pValue else {
            return "\(medians): too few pilot accounts to test yet (each side needs \(minimum)); read the "
                + "figures as early signs only."
        }
        if p < 0.05 {
            return "\(medians) (log-rank \(OutcomesSection.shownP(p))): a difference unlikely to be chance alone, "
                + "though pilot accounts may differ from the baseline in other ways than the new process."
        }
        return "\(medians) (log-rank \(OutcomesSection.shownP(p))): no difference these accounts can tell "
            + "apart from chance yet."
    }

    /// Days and NPS with 1 decimal; rates and scores as percentages, their
    /// differences in percentage points (`-4.8 pts`), which a reader could
    /// otherwise take for a relative change.
    private static func shown(_ value: Rational?, _ kind: ComparisonRow.Kind, difference: Bool = false) -> String {
        guard let value else { return "—" }
        switch kind {
        case .days, .nps: return value.formatted(places: 1)
        case .rate, .score: return (value * Rational(100)).formatted(places: 1) + (difference ? " pts" : "%")
        }
    }

    private static func label(_ metric: String) -> String {
        switch metric {
        case "ttv_km_median_days": "Median TTV (Kaplan–Meier), days"
        case "ttv_within_target_rate": "Within TTV target"
        case "completion_rate": "Completion rate"
        case "stall_rate": "Stall rate"
        case "day7_engagement_rate": "Day-7 engagement"
        case "retention_90d_rate": "Retained at 90 days"
        case "handoff_quality": "Handoff quality"
        case "onboarding_nps": "Onboarding NPS"
        default: metric
        }
    }
}
