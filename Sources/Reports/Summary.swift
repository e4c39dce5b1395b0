import Metrics
import OnboardingModel

/// summary.md: the leadership summary of one report (SPEC §7), written to be
/// read as a plain-text email as much as rendered Markdown.
///
/// Sections in reading order: headline against the prior window, red flags,
/// capacity, cohort trend (with the charts beside the file), data quality,
/// method. Every figure shown is also in the CSVs, rounded the same way;
/// every text from the inputs goes through `MarkdownText.escape`.
enum Summary {
    static let fileName = "summary.md"

    static func markdown(_ content: ReportContent) -> String {
        var text = "# \(title(content.window))\n\n"
        text += "Window \(content.window.start) to \(content.window.end) · snapshot \(content.window.snapshot) "
            + "· data as of \(content.window.asOf)\n\n"
        text += HeadlineSection.markdown(content)
        text += HealthSection.markdown(content)
        text += RedFlagsSection.markdown(content.operations.redFlags, resolved: content.operations.resolvedFlags,
                                         priorSnapshot: content.window.prior.snapshot, messages: content.flagMessages)
        text += CapacitySection.markdown(content)
        text += CohortTrendSection.markdown(CohortTrend(content))
        text += OutcomesSection.markdown(content)
        text += ComparisonSection.markdown(content)
        text += DataQualitySection.markdown(content)
        text += MethodSection.markdown(content.config)
        return text
    }

    /// `Onboarding report — week 2026-W47`.
    static func title(_ window: ReportWindow) -> String {
        "Onboarding report — \(window.period.rawValue) \(window.label)"
    }
}
