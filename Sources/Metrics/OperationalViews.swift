import OnboardingModel

/// Everything SPEC §6 and the capacity section add on top of the group
/// metrics: red flags, the CSM portfolio, milestone on-time rates, capacity.
public struct OperationalViews: Sendable, Equatable {
    /// Sorted in red_flags.csv order.
    public var redFlags: [RedFlag]
    /// Flags of the prior window's snapshot that no longer fire, in red_flags.csv order.
    public var resolvedFlags: [ResolvedFlag]
    public var csmPortfolio: [CSMPortfolioRow]
    public var milestones: [MilestoneOnTimeRow]
    public var capacity: [CapacityRow]

    public init(redFlags: [RedFlag], resolvedFlags: [ResolvedFlag] = [], csmPortfolio: [CSMPortfolioRow],
                milestones: [MilestoneOnTimeRow], capacity: [CapacityRow]) {
        self.redFlags = redFlags
        self.resolvedFlags = resolvedFlags
        self.csmPortfolio = csmPortfolio
        self.milestones = milestones
        self.capacity = capacity
    }
}

extension MetricsEngine {
    /// Red flags, CSM portfolio, milestone on-time rates and capacity at
    /// `snapshot`; with `prior`, the flags' `isNew` and the resolved flags too.
    public func operationalViews(_ accounts: SnapshotAccounts, csms: [CSMRecord]?, forecast: [ForecastRecord]?,
                                 at snapshot: Day, prior: PriorWindowViews? = nil) -> OperationalViews {
        let jobs = OperationalJobs(engine: self, accounts: accounts, csms: csms, forecast: forecast, at: snapshot)
        runner.run(jobs.jobs)
        return jobs.views(prior: prior)
    }
}

/// The operational views as independent jobs, so that they share the runner
/// with the report's other views (`MetricsEngine.views`); `views()` joins
/// them in one fixed order once they have run.
final class OperationalJobs: Sendable {
    private let engine: MetricsEngine
    private let accounts: SnapshotAccounts
    private let csms: [CSMRecord]?
    private let forecast: [ForecastRecord]?
    private let snapshot: Day
    /// Account flags are the largest job (a message per flag): two halves of the accounts.
    private let accountFlagParts: [Range<Int>]
    private let accountFlags: [JobSlot<[RedFlag]>]
    private let portfolio = JobSlot<[CSMPortfolioRow]>()
    private let segmentFlags = JobSlot<[RedFlag]>()
    private let milestones = JobSlot<[MilestoneOnTimeRow]>()
    private let capacity = JobSlot<[CapacityRow]>()
    private let portfolioBuilder: CSMPortfolioBuilder

    init(engine: MetricsEngine, accounts: SnapshotAccounts, csms: [CSMRecord]?, forecast: [ForecastRecord]?,
         at snapshot: Day) {
        self.engine = engine
        self.accounts = accounts
        self.csms = csms
        self.forecast = forecast
        self.snapshot = snapshot
        portfolioBuilder = CSMPortfolioBuilder(config: engine.config)
        accountFlagParts = JobRunner.ranges(of: accounts.count, parts: 2)
        accountFlags = accountFlagParts.map { _ in JobSlot() }
    }

    /// The jobs, largest first.
    var jobs: [@Sendable () -> Void] {
        let config = engine.config
        let accountRules = AccountRedFlags(config: config, hasEvents: engine.hasEvents)
        return accountFlagParts.indices.map { part -> @Sendable () -> Void in
            { [self] in
                accountFlags[part].fill(accountRules.flags(accounts[accountFlagParts[part]]))
            }
        } + [
            { [self] in segmentFlags.fill(SegmentRedFlags(config: config).flags(accounts, at: snapshot)) },
            { [self] in portfolio.fill(portfolioBuilder.rows(accounts, csms: csms)) },
            { [self] in milestones.fill(MilestoneOnTimeTable(config: config).rows(accounts, at: snapshot)) },
            { [self] in
                capacity.fill(CapacityPlanner(config: config).rows(accounts, csms: csms, forecast: forecast,
                                                                   at: snapshot))
            },
        ]
    }

    /// The views, once every job has run.
    ///
    /// Flags are moved out of their slots as they are joined, so that a
    /// hundred thousand of them are not held twice.
    func views(prior: PriorWindowViews?) -> OperationalViews {
        let portfolioRows = portfolio.value
        let groupFlags = portfolioBuilder.flags(portfolioRows) + segmentFlags.takeValue()
        var flags: [RedFlag] = []
        flags.reserveCapacity(accountFlags.reduce(groupFlags.count) { $0 + $1.value.count })
        // Each part is let go once copied, so at most one part is held beside the whole.
        for part in accountFlags { flags += part.takeValue() }
        flags += groupFlags
        let resolved = prior.map { prior in
            FlagChanges(config: engine.config, hasEvents: engine.hasEvents)
                .apply(prior.flags, to: &flags, accounts: accounts.accounts, at: snapshot)
        } ?? []
        RedFlag.sortInReportOrder(&flags)
        return OperationalViews(redFlags: flags, resolvedFlags: resolved, csmPortfolio: portfolioRows,
                                milestones: milestones.value, capacity: capacity.value)
    }
}
