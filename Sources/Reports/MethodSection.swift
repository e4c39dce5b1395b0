import OnboardingModel

/// The methodology note closing summary.md: the definitions a reader needs
/// to trust the headline, with this configuration's numbers filled in.
enum MethodSection {
    static func markdown(_ config: Config) -> String {
        let firstValue = MarkdownText.escape(config.milestones.firstValue)
        let targets = config.segments.map { "\(MarkdownText.escape($0.name)) \(config.ttvTarget($0))" }
            .joined(separator: ", ")
        let horizons = config.outcomes.horizons.map(String.init).joined(separator: " and ")
        let windows = config.segments.map { "\(MarkdownText.escape($0.name)) \(config.window($0))" }
            .joined(separator: ", ")
        return """
            ## Method

            - Cohort: the month an account's first closed-won deal closed. Figures are measured at the \
            snapshot; anything dated later has not happened yet.
            - TTV (time to value): days from close to the \(firstValue) milestone. The headline median \
            is the survival (Kaplan–Meier) median, which also counts the accounts still on their way, so \
            it is longer than the median of the accounts that already got there (ttv_survival.csv shows \
            both); "> N" means fewer than half have got there in the N days observed. Within target: TTV at most the segment's target (\(targets) days), \
            over accounts at least that many days past close.
            - Completion: every plan milestone achieved or skipped within the onboarding window \
            (\(windows) days), over accounts whose window has ended.
            - Stall rate: active onboardings with no milestone progress for \(config.stall.days) days or \
            more, over active onboardings.
            - Handoff quality: the mean share (by weight) of the sales-to-CS handoff fields filled in.
            - Utilization: active onboardings ÷ capacity per CSM, over the FTE assigned in csms.csv.
            - Health: the weighted mean of progress (milestones done of those due), recency (days since \
            progress against \(config.stall.criticalDays)), engagement (days with usage in the last 14 against \
            \(config.health.activeDays)), adoption (features used in the window against \(config.adoption.target)) \
            and handoff; a component without data is left out and the others reweighted.
            - Outcomes: retention \(horizons) days after close by band, with 95% Wilson intervals, the \
            ratio to the first band with Katz's interval and Fisher's exact test (outcomes.csv); a pilot \
            is compared by Kaplan–Meier median TTV with the log-rank test and by Fisher's test on each \
            rate, tested only when both groups have \(config.thresholds.minGroupSize) or more accounts.

            Every figure is in the CSVs beside this file: segments.csv, cohorts.csv, accounts.csv, \
            red_flags.csv, capacity.csv, ttv_survival.csv.

            """
    }
}
