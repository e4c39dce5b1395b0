import Metrics
import OnboardingModel

/// summary.md: the leadership summary of one report (SPEC §7), written to be
/// read as a plain-text email as much as rendered Markdown.
///
/// This first version holds the headline table, data quality and method;
/// every figure shown here is also in the CSVs, rounded the same way.
enum Summary {
    static let fileName = "summary.md"

    static func markdown(_ content: ReportContent) -> String {
        let w = content.window
        var text = "# Onboarding report — \(w.period.rawValue) \(w.label)\n\n"
        text += "Window \(w.start) to \(w.end) · snapshot \(w.snapshot) · data as of \(w.asOf)\n\n"
        text += headline(content)
        text += RedFlagsSection.markdown(content.operations.redFlags)
        text += CapacitySection.markdown(content)
        text += DataQualitySection.markdown(content)
        text += method(content.config)
        return text
    }

    // MARK: Headline

    static func headline(_ content: ReportContent) -> String {
        let config = content.config
        let header = ["Segment", "Active", "New", "Median TTV", "Within target", "Completion", "Stall rate",
                      "Handoff quality"]
        let rows = content.segments.map { row -> [String] in
            let prior = content.priorSegments.first { $0.segmentIndex == row.segmentIndex }
            let target = row.segmentIndex.map { " (target \(config.ttvTarget(config.segments[$0])))" } ?? ""
            let name = row.segmentIndex.map { MarkdownText.escape(config.segments[$0].name) } ?? "All"
            return [
                name,
                change(count(row.metrics.active), prior.flatMap { count($0.metrics.active) }),
                change(count(row.newInWindow), prior.flatMap { count($0.newInWindow) }),
                change(days(row.metrics.ttvMedianDays), prior.flatMap { days($0.metrics.ttvMedianDays) },
                       note: target),
                change(percent(row.metrics.ttvWithinTargetRate), prior.flatMap { percent($0.metrics.ttvWithinTargetRate) }),
                change(percent(row.metrics.completionRate), prior.flatMap { percent($0.metrics.completionRate) }),
                change(percent(row.metrics.stallRate), prior.flatMap { percent($0.metrics.stallRate) }),
                change(percent(row.metrics.handoffQuality), prior.flatMap { percent($0.metrics.handoffQuality) }),
            ]
        }
        let p = content.window.prior
        return "## Headline\n\n"
            + MarkdownText.table(header, [.left] + Array(repeating: .right, count: 7), rows)
            + "\n▲ up, ▼ down, = flat against the prior \(p.period.rawValue) (\(p.start) to \(p.end)); "
            + "— means no data.\n\n"
    }

    /// A figure as shown, with the exact value of what is shown: directions
    /// compare shown values, so two equal-looking numbers are never ▲ or ▼.
    struct Shown {
        var text: String
        var value: Rational
    }

    static func count(_ n: Int) -> Shown? { Shown(text: String(n), value: Rational(n)) }

    static func days(_ r: Rational?) -> Shown? {
        r.map { shown($0.formatted(places: 1), suffix: " d") }
    }

    /// A rate as a percentage with 1 decimal: 5/8 is `62.5%`.
    static func percent(_ r: Rational?) -> Shown? {
        r.map { shown(($0 * Rational(100)).formatted(places: 1), suffix: "%") }
    }

    private static func shown(_ digits: String, suffix: String) -> Shown {
        // `formatted` always yields a plain decimal, which parses back exactly.
        Shown(text: digits + suffix, value: Rational(decimal: digits) ?? .zero)
    }

    /// `41.0 d (target 60) ▼ from 45.0 d`; no arrow when either side is empty.
    static func change(_ now: Shown?, _ prior: Shown?, note: String = "") -> String {
        let head = (now?.text ?? "—") + note
        let from = "from " + (prior?.text ?? "—")
        guard let now, let prior else { return "\(head) \(from)" }
        let arrow = now.value > prior.value ? "▲" : now.value < prior.value ? "▼" : "="
        return "\(head) \(arrow) \(from)"
    }

    // MARK: Method

    static func method(_ config: Config) -> String {
        """
        ## Method

        - Time to value (TTV): days from close to the \(MarkdownText.escape(config.milestones.firstValue)) \
        milestone. Within target: TTV at most the segment's target, over accounts at least that many days past close.
        - Completion: every plan milestone achieved or skipped within the segment's onboarding window \
        (its largest due day), over accounts whose window has ended.
        - Stalled: an active onboarding with no milestone progress for \(config.stall.days) days or more; \
        stall rate = stalled ÷ active.

        Per-account detail is in accounts.csv, monthly cohorts in cohorts.csv.

        """
    }
}
