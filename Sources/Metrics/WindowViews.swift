import OnboardingModel

/// Everything a report shows of its window besides the per-account snapshots.
public struct WindowViews: Sendable {
    public var cohorts: [CohortRow]
    public var segments: [SegmentRow]
    /// segments.csv rows at the prior window's snapshot, for the summary's comparison.
    public var priorSegments: [SegmentRow]
    /// ttv_survival.csv rows; and the prior window's per-segment and `all` ones, for the summary.
    public var survival: [SurvivalRow]
    public var priorSurvival: [SurvivalRow]
    /// Red flags, CSM portfolio, milestone on-time rates and capacity.
    public var operations: OperationalViews
}

extension MetricsEngine {
    /// Every view of `window`, from the accounts at `window.snapshot`: the
    /// group rows, the prior window's segment rows and flags, and the
    /// operational views computed as independent jobs of `runner`; the flags
    /// are then compared with the prior window's.
    public func views(_ accounts: SnapshotAccounts, csms: [CSMRecord]?, forecast: [ForecastRecord]?,
                      window: ReportWindow) -> WindowViews {
        let operations = OperationalJobs(engine: self, accounts: accounts, csms: csms, forecast: forecast,
                                         at: window.snapshot)
        let cohorts = JobSlot<[CohortRow]>(), segments = JobSlot<[SegmentRow]>()
        let prior = JobSlot<PriorWindowViews>(), survival = JobSlot<[SurvivalRow]>()
        // The prior window snapshots every account again: the largest job.
        runner.run([{ prior.fill(priorWindowViews(of: accounts.accounts, csms: csms, window: window.prior)) }]
            + operations.jobs + [
                { cohorts.fill(cohortRows(accounts, at: window.snapshot)) },
                { segments.fill(segmentRows(accounts, window: window)) },
                { survival.fill(survivalRows(accounts, at: window.snapshot)) },
            ])
        let priorViews = prior.value
        return WindowViews(cohorts: cohorts.value, segments: segments.value, priorSegments: priorViews.segments,
                           survival: survival.value, priorSurvival: priorViews.survival,
                           operations: operations.views(prior: priorViews))
    }
}
