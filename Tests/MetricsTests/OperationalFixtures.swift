import Metrics
import OnboardingModel

/// Hand-built accounts and their snapshots for the red-flag, portfolio and
/// capacity tests: each knob is one the rules read, everything else neutral.
enum OperationalFixtures {
    static let snapshotDay = Day(iso: "2026-11-22")!

    /// Segment indexes in the default config.
    static let enterprise = 0, midMarket = 1, smb = 2

    struct Case {
        var account: OnboardedAccount
        var snapshot: AccountSnapshot
    }

    /// An account closed `daysSinceClose` days before the snapshot.
    static func make(_ id: String, segment: Int = 2, daysSinceClose: Int = 20, status: OnboardingStatus = .active,
                     daysSinceProgress: Int? = nil, csm: String = "Jane", ae: String = "Bob",
                     handoffPresent: Int = 10, firstValueAfter: Int? = nil, firstValueSkipped: Bool = false,
                     completedAfter: Int? = nil, day7Engaged: Bool? = nil,
                     config: Config = Config()) -> Case {
        let close = snapshotDay - daysSinceClose
        var milestones = PlanProgress(repeating: .pending, count: config.milestones.order.count)
        let fv = config.milestones.firstValueIndex
        if let firstValueAfter { milestones[fv] = MilestoneProgress(achievedDate: close + firstValueAfter) }
        if firstValueSkipped { milestones[fv] = MilestoneProgress(skipped: true) }
        let present = (0..<config.handoff.fields.count).map { $0 < handoffPresent }
        let account = OnboardedAccount(
            accountID: id, dealID: "D-" + id, accountName: "Account " + id, segmentIndex: segment,
            closeDate: close, acvCents: 1_000_000, ae: ae, csm: csm, handoffPresent: present, milestones: milestones)
        let sinceProgress = daysSinceProgress ?? daysSinceClose
        let missing = config.handoff.fields.enumerated().filter { !present[$0.offset] }.map(\.element)
        let window = config.window(config.segments[segment])
        let completion = completedAfter.map { close + $0 }
        let snapshot = AccountSnapshot(
            accountIndex: 0, segmentIndex: segment, cohort: close.monthKey, daysSinceClose: daysSinceClose,
            status: completion != nil ? .complete : status, currentMilestone: status == .active ? fv : nil,
            lastProgress: snapshotDay - sinceProgress, daysSinceProgress: sinceProgress,
            stalled: status == .active && sinceProgress >= config.stall.days, achievedCount: 0,
            firstValueDate: firstValueAfter.map { close + $0 }, ttvDays: firstValueAfter, completionDate: completion,
            completedOnTime: completedAfter.map { $0 <= window } ?? (daysSinceClose >= window ? false : nil),
            handoffScore: Rational(Int64(handoffPresent), Int64(config.handoff.fields.count)),
            missingHandoffFields: missing, day7Engaged: day7Engaged, churnDate: nil)
        return Case(account: account, snapshot: snapshot)
    }

    /// The accounts of `cases` at the snapshot, with account indexes wired up.
    static func accounts(_ cases: [Case]) -> SnapshotAccounts {
        let snapshots = cases.enumerated().map { index, c in
            var s = c.snapshot
            s.accountIndex = index
            return s
        }
        return SnapshotAccounts(accounts: cases.map(\.account), snapshots: snapshots)
    }

    /// Operational views over `cases`.
    static func views(_ cases: [Case], config: Config = Config(), hasEvents: Bool = false, csms: [CSMRecord]? = nil,
                      forecast: [ForecastRecord]? = nil) -> OperationalViews {
        MetricsEngine(config: config, hasEvents: hasEvents, hasSurveys: false)
            .operationalViews(accounts(cases), csms: csms, forecast: forecast, at: snapshotDay)
    }

    /// The flags of `rule` over `cases`, each with its message worded as a report shows it.
    static func flags(_ cases: [Case], rule: RedFlag.Rule, config: Config = Config(), hasEvents: Bool = false,
                      csms: [CSMRecord]? = nil) -> [WordedFlag] {
        let messages = RedFlagMessages(config: config, accounts: accounts(cases))
        return views(cases, config: config, hasEvents: hasEvents, csms: csms).redFlags
            .filter { $0.rule == rule }
            .map { WordedFlag(flag: $0, message: messages.text(of: $0)) }
    }
}

/// A red flag with the message a report shows for it.
@dynamicMemberLookup
struct WordedFlag {
    let flag: RedFlag
    let message: String

    subscript<T>(dynamicMember field: KeyPath<RedFlag, T>) -> T { flag[keyPath: field] }
}
