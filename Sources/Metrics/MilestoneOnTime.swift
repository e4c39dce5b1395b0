import OnboardingModel

/// One row of milestones.csv: how one plan milestone goes in one segment, the
/// stage-duration view of leadership dashboards. Grain: segment × plan milestone.
public struct MilestoneOnTimeRow: Sendable, Equatable {
    public var segmentIndex: Int
    /// Index into `Config.milestones.order`.
    public var milestoneIndex: Int
    public var dueDays: Int
    /// Accounts at least `dueDays` past close for which the milestone was not skipped.
    public var eligible: Int
    /// Eligible accounts that achieved it within `dueDays` of close.
    public var achievedOnTime: Int
    /// achievedOnTime ÷ eligible.
    public var onTimeRate: Rational?
    /// Accounts that achieved it by S, on time or not.
    public var achieved: Int
    /// Median days from close to achievement over `achieved`.
    public var medianDaysFromClose: Rational?

    public init(segmentIndex: Int, milestoneIndex: Int, dueDays: Int, eligible: Int, achievedOnTime: Int,
                onTimeRate: Rational?, achieved: Int, medianDaysFromClose: Rational?) {
        self.segmentIndex = segmentIndex
        self.milestoneIndex = milestoneIndex
        self.dueDays = dueDays
        self.eligible = eligible
        self.achievedOnTime = achievedOnTime
        self.onTimeRate = onTimeRate
        self.achieved = achieved
        self.medianDaysFromClose = medianDaysFromClose
    }
}

/// Builds milestones.csv rows: segments in config order, milestones in plan order.
struct MilestoneOnTimeTable {
    let config: Config

    func rows(_ snapshots: [AccountSnapshot], accounts: [OnboardedAccount], at snapshot: Day) -> [MilestoneOnTimeRow] {
        let plan = config.milestones.order
        var rows: [MilestoneOnTimeRow] = []
        for (segmentIndex, segment) in config.segments.enumerated() {
            let members = snapshots.filter { $0.segmentIndex == segmentIndex }
            for (milestoneIndex, name) in plan.enumerated() {
                let due = segment.dueDays[name] ?? 0
                var eligible = 0, onTime = 0
                var daysToAchieve: [Int] = []
                for s in members {
                    let account = accounts[s.accountIndex]
                    let progress = account.milestones[milestoneIndex]
                    var days: Int?
                    if let date = progress.achievedDate, date <= snapshot {
                        days = date - account.closeDate
                        daysToAchieve.append(days!)
                    }
                    guard s.daysSinceClose >= due, !progress.skipped || days != nil else { continue }
                    eligible += 1
                    if let days, days <= due { onTime += 1 }
                }
                rows.append(MilestoneOnTimeRow(
                    segmentIndex: segmentIndex, milestoneIndex: milestoneIndex, dueDays: due, eligible: eligible,
                    achievedOnTime: onTime, onTimeRate: Rational.ratio(onTime, eligible),
                    achieved: daysToAchieve.count, medianDaysFromClose: Percentile.median(daysToAchieve)))
            }
        }
        return rows
    }
}
