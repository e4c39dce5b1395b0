import OnboardingModel

/// Where one account's onboarding stands at snapshot S (SPEC §5).
public enum OnboardingStatus: String, Sendable, Equatable {
    case active, complete, churned
}

/// One onboarded account as of snapshot S. Grain: one per account with
/// close date ≤ S; accounts closed after S have no snapshot.
public struct AccountSnapshot: Sendable, Equatable {
    /// Index into the `accounts` array the snapshot was computed from.
    public var accountIndex: Int
    public var segmentIndex: Int
    /// Close month `YYYY-MM`.
    public var cohort: String
    /// days(close, S) ≥ 0.
    public var daysSinceClose: Int
    public var status: OnboardingStatus
    /// Plan index of the first milestone neither achieved nor skipped by S;
    /// nil unless active.
    public var currentMilestone: Int?
    /// Latest achieved date ≤ S, or the close date when none.
    public var lastProgress: Day
    public var daysSinceProgress: Int
    public var stalled: Bool
    /// Milestones achieved on or before S (skipped ones not counted).
    public var achievedCount: Int
    public var firstValueDate: Day?
    public var ttvDays: Int?
    public var completionDate: Day?
    /// Nil while neither complete nor past its window.
    public var completedOnTime: Bool?
    public var handoffScore: Rational
    /// Names of the handoff fields the onboarding deal left missing, in config order.
    public var missingHandoffFields: [String]
    /// Nil without events.csv or until days(close, S) ≥ 7.
    public var day7Engaged: Bool?
    /// Churn date when it is ≤ S.
    public var churnDate: Day?

    public init(accountIndex: Int, segmentIndex: Int, cohort: String, daysSinceClose: Int,
                status: OnboardingStatus, currentMilestone: Int?, lastProgress: Day, daysSinceProgress: Int,
                stalled: Bool, achievedCount: Int, firstValueDate: Day?, ttvDays: Int?, completionDate: Day?,
                completedOnTime: Bool?, handoffScore: Rational, missingHandoffFields: [String],
                day7Engaged: Bool?, churnDate: Day?) {
        self.accountIndex = accountIndex
        self.segmentIndex = segmentIndex
        self.cohort = cohort
        self.daysSinceClose = daysSinceClose
        self.status = status
        self.currentMilestone = currentMilestone
        self.lastProgress = lastProgress
        self.daysSinceProgress = daysSinceProgress
        self.stalled = stalled
        self.achievedCount = achievedCount
        self.firstValueDate = firstValueDate
        self.ttvDays = ttvDays
        self.completionDate = completionDate
        self.completedOnTime = completedOnTime
        self.handoffScore = handoffScore
        self.missingHandoffFields = missingHandoffFields
        self.day7Engaged = day7Engaged
        self.churnDate = churnDate
    }
}
