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

    /// One pass over the snapshots, with a counter per segment × milestone.
    func rows(_ accounts: SnapshotAccounts, at snapshot: Day) -> [MilestoneOnTimeRow] {
        let plan = config.milestones.order
        let due = config.segments.map { segment in plan.map { segment.dueDays[$0] ?? 0 } }
        var cells = Array(repeating: Cell(), count: config.segments.count * plan.count)
        // Fields are read in place (`all[i].holds`): `entry.account.holds`
        // would copy each account, retaining every string and array it holds.
        let all = accounts.accounts
        for s in accounts.snapshots {
            let close = all[s.accountIndex].closeDate
            let holds = all[s.accountIndex].holds
            let clock = holds.isEmpty ? OnboardingClock.calendar : OnboardingClock(holds: holds)
            let milestones = all[s.accountIndex].milestones
            for (milestoneIndex, progress) in milestones.enumerated() where milestoneIndex < plan.count {
                let dueDays = due[s.segmentIndex][milestoneIndex]
                let cell = s.segmentIndex * plan.count + milestoneIndex
                var days: Int?
                if let date = progress.achievedDate, date <= snapshot {
                    days = clock.net(from: close, to: date)
                    cells[cell].daysToAchieve.add(days!)
                }
                guard s.netDaysSinceClose >= dueDays, !progress.skipped || days != nil else { continue }
                cells[cell].eligible += 1
                if let days, days <= dueDays { cells[cell].onTime += 1 }
            }
        }
        var rows: [MilestoneOnTimeRow] = []
        for segmentIndex in config.segments.indices {
            for milestoneIndex in plan.indices {
                let cell = cells[segmentIndex * plan.count + milestoneIndex]
                rows.append(MilestoneOnTimeRow(
                    segmentIndex: segmentIndex, milestoneIndex: milestoneIndex,
                    dueDays: due[segmentIndex][milestoneIndex], eligible: cell.eligible,
                    achievedOnTime: cell.onTime, onTimeRate: Rational.ratio(cell.onTime, cell.eligible),
                    achieved: cell.daysToAchieve.count, medianDaysFromClose: Percentile.type7(cell.daysToAchieve, Rational(1, 2))))
            }
        }
        return rows
    }

    /// Counts of one segment × milestone.
    private struct Cell {
        var eligible = 0, onTime = 0
        var daysToAchieve = DayCounts()
    }
}
