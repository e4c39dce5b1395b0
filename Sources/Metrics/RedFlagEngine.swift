import OnboardingModel

/// Everything SPEC §6 and the capacity section add on top of the group
/// metrics: red flags, the CSM portfolio, milestone on-time rates, capacity.
public struct OperationalViews: Sendable, Equatable {
    /// Sorted in red_flags.csv order.
    public var redFlags: [RedFlag]
    public var csmPortfolio: [CSMPortfolioRow]
    public var milestones: [MilestoneOnTimeRow]
    public var capacity: [CapacityRow]

    public init(redFlags: [RedFlag], csmPortfolio: [CSMPortfolioRow], milestones: [MilestoneOnTimeRow],
                capacity: [CapacityRow]) {
        self.redFlags = redFlags
        self.csmPortfolio = csmPortfolio
        self.milestones = milestones
        self.capacity = capacity
    }
}

extension MetricsEngine {
    /// Red flags, CSM portfolio, milestone on-time rates and capacity at `snapshot`.
    public func operationalViews(_ snapshots: [AccountSnapshot], accounts: [OnboardedAccount],
                                 csms: [CSMRecord]?, forecast: [ForecastRecord]?, at snapshot: Day) -> OperationalViews {
        let portfolio = CSMPortfolioBuilder(config: config)
        let portfolioRows = portfolio.rows(snapshots, accounts: accounts, csms: csms)
        var flags = AccountRedFlags(config: config, hasEvents: hasEvents).flags(snapshots, accounts: accounts)
        flags += portfolio.flags(portfolioRows)
        flags += SegmentRedFlags(config: config).flags(snapshots, accounts: accounts, at: snapshot)
        flags = RedFlag.inReportOrder(flags)
        return OperationalViews(
            redFlags: flags,
            csmPortfolio: portfolioRows,
            milestones: MilestoneOnTimeTable(config: config).rows(snapshots, accounts: accounts, at: snapshot),
            capacity: CapacityPlanner(config: config).rows(snapshots, accounts: accounts, csms: csms,
                                                           forecast: forecast, at: snapshot))
    }
}
