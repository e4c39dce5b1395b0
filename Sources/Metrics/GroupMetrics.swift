import OnboardingModel

/// The metric columns shared by cohorts.csv and segments.csv, for one group of
/// account snapshots (SPEC §5 table). A rate or statistic whose denominator
/// is empty is nil and is written as an empty cell.
public struct GroupMetrics: Sendable, Equatable {
    public var accounts = 0
    public var active = 0
    public var complete = 0
    public var churned = 0
    public var ttvN = 0
    public var ttvMedianDays: Rational?
    public var ttvP90Days: Rational?
    public var ttvWithinTargetRate: Rational?
    public var completionRate: Rational?
    public var milestoneVelocityDays: Rational?
    public var stalled = 0
    public var stallRate: Rational?
    public var handoffQuality: Rational?
    public var retention90dRate: Rational?
    /// Nil without events.csv.
    public var day7EngagementRate: Rational?
    /// Nil without surveys.csv.
    public var onboardingNPS: Rational?
    /// Adoption target met ÷ (met + not met); nil without events.csv (SPEC §5).
    public var adoptionRate: Rational?
    /// Active accounts per health band (SPEC §5), for the summary.
    public var healthGreen = 0
    public var healthAmber = 0
    public var healthRed = 0

    public init() {}
}

/// One row of cohorts.csv: a segment × close-month group with ≥ 1 account.
public struct CohortRow: Sendable, Equatable {
    public var segmentIndex: Int
    public var cohort: String
    public var metrics: GroupMetrics

    public init(segmentIndex: Int, cohort: String, metrics: GroupMetrics) {
        self.segmentIndex = segmentIndex
        self.cohort = cohort
        self.metrics = metrics
    }
}

/// One row of segments.csv. `segmentIndex` nil is the `all` row.
public struct SegmentRow: Sendable, Equatable {
    public var segmentIndex: Int?
    public var metrics: GroupMetrics
    /// Accounts closed in the report window.
    public var newInWindow: Int
    /// Accounts whose first value date falls in the report window.
    public var firstValueInWindow: Int
    /// Accounts whose completion date falls in the report window.
    public var completedInWindow: Int

    public init(segmentIndex: Int?, metrics: GroupMetrics, newInWindow: Int, firstValueInWindow: Int,
                completedInWindow: Int) {
        self.segmentIndex = segmentIndex
        self.metrics = metrics
        self.newInWindow = newInWindow
        self.firstValueInWindow = firstValueInWindow
        self.completedInWindow = completedInWindow
    }
}
