import OnboardingModel

/// Turns one onboarded account into its `AccountSnapshot` at snapshot S (SPEC §5).
///
/// Built once per `MetricsEngine.snapshots` call so that per-segment windows,
/// handoff weights and cohort labels are worked out once, not per account.
struct AccountSnapshotter {
    let snapshot: Day
    let hasEvents: Bool
    let stallDays: Int
    /// Business days for `stall.unit: business`; nil counts days since progress on the clock.
    let businessDays: BusinessCalendar?
    let firstValueIndex: Int
    /// Onboarding window per segment index.
    let windows: [Int]
    let handoff: HandoffScoring
    let health: HealthScoring
    let adoptionTarget: Int
    /// Due day of each plan milestone, in plan order, per segment index.
    let dueDays: [[Int]]
    /// Close month (year × 12 + month − 1) → `YYYY-MM`: a million accounts
    /// share a few dozen months, so each label is built once.
    private var cohortLabels: [Int: String] = [:]
    /// Handoff score and missing-field list per pattern of present fields: a
    /// million accounts share a few hundred patterns, so their snapshots share
    /// one array per pattern instead of allocating one each.
    private var handoffByPattern: [UInt64: (score: Rational, missing: [String])] = [:]

    init(config: Config, hasEvents: Bool, at snapshot: Day) {
        self.snapshot = snapshot
        self.hasEvents = hasEvents
        stallDays = config.stall.days
        businessDays = config.stall.unit == .business ? BusinessCalendar(config.calendar) : nil
        firstValueIndex = config.milestones.firstValueIndex
        windows = config.segments.map(config.window)
        handoff = HandoffScoring(config.handoff)
        health = HealthScoring(config: config)
        adoptionTarget = config.adoption.target
        dueDays = config.segments.map { segment in config.milestones.order.map { segment.dueDays[$0] ?? 0 } }
    }

    /// The snapshot of `accounts[index]`; the caller has checked that it
    /// closed on or before S.
    ///
    /// Reads the account's fields in place: passed as one value, each
    /// account would be copied, and every string and array it holds retained.
    mutating func snapshot(of accounts: [OnboardedAccount], at index: Int) -> AccountSnapshot {
        let close = accounts[index].closeDate
        let segmentIndex = accounts[index].segmentIndex
        let holds = accounts[index].holds
        let milestones = accounts[index].milestones
        let daysSinceClose = snapshot - close
        // Without customer holds (every account without holds.csv) this is calendar days.
        let clock = holds.isEmpty ? OnboardingClock.calendar : OnboardingClock(holds: holds)
        let heldDays = clock.heldDays(from: close, to: snapshot)
        let netDaysSinceClose = daysSinceClose - heldDays

        // One pass over the plan: a milestone dated after S has not happened
        // yet; a skipped one is satisfied but has no date (whatever S is).
        var achievedCount = 0, skippedCount = 0
        var latestAchieved: Day?
        var firstUnsatisfied: Int?
        for (planIndex, milestone) in milestones.enumerated() {
            if let date = milestone.achievedDate, date <= snapshot {
                achievedCount += 1
                if latestAchieved.map({ date > $0 }) ?? true { latestAchieved = date }
            } else if milestone.skipped {
                skippedCount += 1
            } else if firstUnsatisfied == nil {
                firstUnsatisfied = planIndex
            }
        }

        let firstValueDate = milestones.indices.contains(firstValueIndex)
            ? milestones[firstValueIndex].achievedDate.flatMap { $0 <= snapshot ? $0 : nil }
            : nil
        // Every milestone satisfied: done on the last achieved date, or at
        // close when the whole plan was skipped.
        let completionDate = firstUnsatisfied == nil ? (latestAchieved ?? close) : nil
        let churnDate = accounts[index].churnDate.flatMap { $0 <= snapshot ? $0 : nil }
        let status: OnboardingStatus = completionDate != nil ? .complete : churnDate != nil ? .churned : .active

        let lastProgress = latestAchieved ?? close
        let daysSinceProgress = businessDays?.businessDays(after: lastProgress, through: snapshot, clock: clock)
            ?? clock.net(from: lastProgress, to: snapshot)
        let heldAtSnapshot = !clock.isCalendar && clock.holdRun(covering: snapshot) != nil

        let window = windows[segmentIndex]
        let completedOnTime: Bool?
        if let completionDate {
            completedOnTime = clock.net(from: close, to: completionDate) <= window
        } else {
            completedOnTime = netDaysSinceClose >= window ? false : nil
        }

        let day7Engaged: Bool?
        if hasEvents, daysSinceClose >= GroupRules.engagementDays {
            day7Engaged = accounts[index].firstEventOnOrAfterClose.map { $0 - close < GroupRules.engagementDays } ?? false
        } else {
            day7Engaged = nil
        }

        // Adoption (SPEC §5): features first used in [close, close + window], by S.
        var featuresAdopted: Int?, adoptionMet: Bool?, recentActiveDays: Int?
        if hasEvents {
            let features = accounts[index].usage.features.adopted(withinDays: min(daysSinceClose, window))
            featuresAdopted = features
            adoptionMet = features >= adoptionTarget ? true : daysSinceClose >= window ? false : nil
            recentActiveDays = accounts[index].usage.recentDays.count(from: snapshot - 13, through: snapshot)
        }
        // Health progress: milestones due by net(close, S), the onboarding clock.
        let dueCount = dueDays[segmentIndex].lazy.filter { $0 <= netDaysSinceClose }.count

        let (handoffScore, missing) = handoffScore(accounts[index].handoffPresent)
        let onHold = status == .active && heldAtSnapshot
        var result = AccountSnapshot(
            accountIndex: index, segmentIndex: segmentIndex, cohort: cohortLabel(of: close),
            daysSinceClose: daysSinceClose, status: status,
            currentMilestone: status == .active ? firstUnsatisfied : nil,
            lastProgress: lastProgress, daysSinceProgress: daysSinceProgress,
            stalled: status == .active && !onHold && daysSinceProgress >= stallDays,
            achievedCount: achievedCount, firstValueDate: firstValueDate,
            ttvDays: firstValueDate.map { clock.net(from: close, to: $0) }, completionDate: completionDate,
            completedOnTime: completedOnTime, handoffScore: handoffScore, missingHandoffFields: missing,
            day7Engaged: day7Engaged, churnDate: churnDate, featuresAdopted: featuresAdopted,
            adoptionTargetMet: adoptionMet, recentActiveDays: recentActiveDays,
            satisfiedCount: achievedCount + skippedCount, dueCount: dueCount)
        if !clock.isCalendar {
            result.heldDays = heldDays
            result.heldBeforeProgress = clock.heldDays(from: close, to: lastProgress)
            result.heldAtSnapshot = heldAtSnapshot
        }
        if status == .active { result.healthScore = health.score(health.components(result)) }
        return result
    }

    private mutating func handoffScore(_ present: [Bool]) -> (score: Rational, missing: [String]) {
        // Key: a bit per present field, under a marker bit at the field count;
        // with 64 fields or more, each account is scored on its own.
        guard present.count < 64 else { return handoff.score(present) }
        var pattern: UInt64 = 1 << UInt64(present.count)
        for (field, isPresent) in present.enumerated() where isPresent { pattern |= 1 << UInt64(field) }
        if let known = handoffByPattern[pattern] { return known }
        let scored = handoff.score(present)
        handoffByPattern[pattern] = scored
        return scored
    }

    private mutating func cohortLabel(of close: Day) -> String {
        let c = close.components
        let key = c.year * 12 + c.month - 1
        if let label = cohortLabels[key] { return label }
        let label = close.monthKey
        cohortLabels[key] = label
        return label
    }
}
