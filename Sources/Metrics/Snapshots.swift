// CONTRACT STUB: the public API below is fixed; the implementation is to be written.
import OnboardingModel

/// Computes per-account snapshots and group metrics at a snapshot day.
public struct MetricsEngine: Sendable {
    public let config: Config
    public let hasEvents: Bool
    public let hasSurveys: Bool

    public init(config: Config, hasEvents: Bool, hasSurveys: Bool) {
        self.config = config
        self.hasEvents = hasEvents
        self.hasSurveys = hasSurveys
    }

    /// One snapshot per account with close date ≤ `snapshot`, in `accounts` order.
    public func snapshots(of accounts: [OnboardedAccount], at snapshot: Day) -> [AccountSnapshot] { fatalError("stub") }

    /// Group metrics over some snapshots (their accounts looked up in `accounts`).
    public func metrics(of snapshots: [AccountSnapshot], accounts: [OnboardedAccount], at snapshot: Day) -> GroupMetrics { fatalError("stub") }

    /// cohorts.csv rows: segment × close month with ≥ 1 account, sorted by cohort then segment order.
    public func cohortRows(_ snapshots: [AccountSnapshot], accounts: [OnboardedAccount], at snapshot: Day) -> [CohortRow] { fatalError("stub") }

    /// segments.csv rows: every configured segment in config order (even empty), then `all`.
    public func segmentRows(_ snapshots: [AccountSnapshot], accounts: [OnboardedAccount], window: ReportWindow) -> [SegmentRow] { fatalError("stub") }
}
