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
        let jobs = OperationalJobs(engine: self, snapshots: snapshots, accounts: accounts, csms: csms,
                                   forecast: forecast, at: snapshot)
        ParallelJobs.run(jobs.jobs)
        return jobs.views()
    }
}

/// The operational views as independent jobs, so that they share the cores
/// with the report's other views (`MetricsEngine.views`); `views()` joins
/// them in one fixed order once they have run.
final class OperationalJobs: Sendable {
    private let engine: MetricsEngine
    private let snapshots: [AccountSnapshot]
    private let accounts: [OnboardedAccount]
    private let csms: [CSMRecord]?
    private let forecast: [ForecastRecord]?
    private let snapshot: Day
    /// Account flags are the largest job (a message per flag): two halves of the snapshots.
    private let accountFlagParts: [Range<Int>]
    private let accountFlags: [JobSlot<[RedFlag]>]
    private let portfolio = JobSlot<[CSMPortfolioRow]>()
    private let segmentFlags = JobSlot<[RedFlag]>()
    private let milestones = JobSlot<[MilestoneOnTimeRow]>()
    private let capacity = JobSlot<[CapacityRow]>()
    private let portfolioBuilder: CSMPortfolioBuilder

    init(engine: MetricsEngine, snapshots: [AccountSnapshot], accounts: [OnboardedAccount], csms: [CSMRecord]?,
         forecast: [ForecastRecord]?, at snapshot: Day) {
        self.engine = engine
        self.snapshots = snapshots
        self.accounts = accounts
        self.csms = csms
        self.forecast = forecast
        self.snapshot = snapshot
        portfolioBuilder = CSMPortfolioBuilder(config: engine.config)
        accountFlagParts = ParallelJobs.ranges(of: snapshots.count, parts: 2)
        accountFlags = accountFlagParts.map { _ in JobSlot() }
    }

    /// The jobs, largest first.
    var jobs: [@Sendable () -> Void] {
        let config = engine.config
        let accountRules = AccountRedFlags(config: config, hasEvents: engine.hasEvents)
        return accountFlagParts.indices.map { part -> @Sendable () -> Void in
            { [self] in
                accountFlags[part].fill(accountRules.flags(snapshots[accountFlagParts[part]], accounts: accounts))
            }
        } + [
            { [self] in segmentFlags.fill(SegmentRedFlags(config: config).flags(snapshots, accounts: accounts, at: snapshot)) },
            { [self] in portfolio.fill(portfolioBuilder.rows(snapshots, accounts: accounts, csms: csms)) },
            { [self] in milestones.fill(MilestoneOnTimeTable(config: config).rows(snapshots, accounts: accounts, at: snapshot)) },
            { [self] in
                capacity.fill(CapacityPlanner(config: config).rows(snapshots, accounts: accounts, csms: csms,
                                                                   forecast: forecast, at: snapshot))
            },
        ]
    }

    /// The views, once every job has run.
    ///
    /// Flags are moved out of their slots as they are joined, so that a
    /// hundred thousand of them are not held twice.
    func views() -> OperationalViews {
        let portfolioRows = portfolio.value
        let parts = accountFlags.map { $0.takeValue() } + [
            portfolioBuilder.flags(portfolioRows), segmentFlags.takeValue(),
        ]
        var flags: [RedFlag] = []
        flags.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for part in parts { flags += part }
        RedFlag.sortInReportOrder(&flags)
        return OperationalViews(redFlags: flags, csmPortfolio: portfolioRows,
                                milestones: milestones.value, capacity: capacity.value)
    }
}
