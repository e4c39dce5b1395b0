import OnboardingModel

/// The account-scope rules of SPEC §6, over active accounts at snapshot S.
struct AccountRedFlags {
    let config: Config
    let hasEvents: Bool
    let health: HealthScoring

    init(config: Config, hasEvents: Bool) {
        self.config = config
        self.hasEvents = hasEvents
        health = HealthScoring(config: config)
    }

    /// Every account flag, unsorted.
    func flags(_ accounts: Slice<SnapshotAccounts>) -> [RedFlag] {
        var flags: [RedFlag] = []
        for position in accounts.indices where accounts[position].snapshot.status == .active {
            appendFlags(of: accounts[position], at: position, to: &flags)
        }
        return flags
    }

    /// The flags of one account at its snapshot, in rule order.
    ///
    /// - Parameter position: where `entry` is in the `SnapshotAccounts` the
    ///   report words the flags from (`RedFlagMessages`).
    func appendFlags(of entry: AccountAtSnapshot, at position: Int, to flags: inout [RedFlag]) {
        let snapshot = entry.snapshot
        guard snapshot.status == .active else { return }
        let segment = config.segments[snapshot.segmentIndex]
        let context = Firing(account: entry.account, snapshot: snapshot, position: position, segment: segment,
                             since: FlagSince(config: config))
        if let flag = stalled(context) { flags.append(flag) }
        if let flag = firstValueOverdue(context) { flags.append(flag) }
        if let flag = onboardingOverdue(context) { flags.append(flag) }
        if let flag = handoffIncomplete(context) { flags.append(flag) }
        if let flag = noEarlyEngagement(context) { flags.append(flag) }
        if let flag = onHoldLong(context) { flags.append(flag) }
    }

    /// Which rules fire for one account, and at what severity, without
    /// building a flag: what the prior window's snapshot needs of a million
    /// accounts. Agrees with `appendFlags` rule for rule.
    func forEachFiring(_ entry: AccountAtSnapshot, _ body: (RedFlag.Rule, RedFlag.Severity) -> Void) {
        let snapshot = entry.snapshot
        guard snapshot.status == .active else { return }
        let segment = config.segments[snapshot.segmentIndex]
        if let severity = stallSeverity(snapshot) { body(.stalled, severity) }
        if firstValueIsOverdue(snapshot, account: entry.account, segment: segment) { body(.firstValueOverdue, .warning) }
        if snapshot.netDaysSinceClose > config.window(segment) { body(.onboardingOverdue, .critical) }
        if handoffIsIncomplete(snapshot) { body(.handoffIncomplete, .warning) }
        if lacksEarlyEngagement(snapshot) { body(.noEarlyEngagement, .warning) }
        if holdLasted(snapshot, account: entry.account) != nil { body(.onHoldLong, .warning) }
    }

    // MARK: When each rule fires

    /// An account on a customer hold is not stalled; `on_hold_long` speaks for it (SPEC §5).
    func stallSeverity(_ s: AccountSnapshot) -> RedFlag.Severity? {
        guard !s.onHold, s.daysSinceProgress >= config.stall.days else { return nil }
        return s.daysSinceProgress >= config.stall.criticalDays ? .critical : .warning
    }

    private func firstValueIsOverdue(_ s: AccountSnapshot, account: OnboardedAccount, segment: Segment) -> Bool {
        // A skipped first-value milestone satisfies the plan.
        s.firstValueDate == nil && !account.milestones[config.milestones.firstValueIndex].skipped
            && s.netDaysSinceClose > config.ttvTarget(segment)
    }

    /// On a customer hold at S for more than hold.max_days: the run of consecutive
    /// customer-hold days covering S and how many days it has lasted through S (start to S
    /// inclusive); nil when the rule does not fire.
    func holdLasted(_ s: AccountSnapshot, account: OnboardedAccount) -> (start: Day, days: Int)? {
        guard s.onHold else { return nil }
        let snapshot = account.closeDate + s.daysSinceClose
        guard let run = OnboardingClock(holds: account.holds).holdRun(covering: snapshot) else { return nil }
        let lasted = snapshot - run.start + 1
        return lasted > config.hold.maxDays ? (run.start, lasted) : nil
    }

    private func handoffIsIncomplete(_ s: AccountSnapshot) -> Bool {
        // No handoff fields configured: the export has no handoff data to judge.
        !config.handoff.fields.isEmpty && s.handoffScore < config.handoff.minScore
    }

    private func lacksEarlyEngagement(_ s: AccountSnapshot) -> Bool { hasEvents && s.day7Engaged == false }

    /// What a firing rule needs of one account.
    private struct Firing {
        let account: OnboardedAccount
        let snapshot: AccountSnapshot
        let position: Int
        let segment: Segment
        let since: FlagSince

        /// The flag; its message is worked out when a report shows it (`message(of:)`).
        func flag(_ severity: RedFlag.Severity, _ rule: RedFlag.Rule, value: RedFlagNumber,
                  threshold: RedFlagNumber, since day: Day) -> RedFlag {
            var flag = RedFlag(severity: severity, rule: rule, scope: .account, key: account.accountID,
                               segment: segment.name, csm: account.csm, value: value, threshold: threshold,
                               message: .account(snapshot: position), since: day)
            flag.accountIndex = Int32(snapshot.accountIndex)
            return flag
        }
    }

    private func stalled(_ c: Firing) -> RedFlag? {
        guard let severity = stallSeverity(c.snapshot) else { return nil }
        let critical = severity == .critical
        return c.flag(severity, .stalled, value: .days(c.snapshot.daysSinceProgress),
                      threshold: .days(critical ? config.stall.criticalDays : config.stall.days),
                      since: c.since.stalled(c.snapshot, account: c.account, critical: critical))
    }

    private func firstValueOverdue(_ c: Firing) -> RedFlag? {
        guard firstValueIsOverdue(c.snapshot, account: c.account, segment: c.segment) else { return nil }
        return c.flag(.warning, .firstValueOverdue, value: .days(c.snapshot.netDaysSinceClose),
                      threshold: .days(config.ttvTarget(c.segment)),
                      since: c.since.firstValueOverdue(c.account, segment: c.segment))
    }

    private func onboardingOverdue(_ c: Firing) -> RedFlag? {
        let window = config.window(c.segment)
        guard c.snapshot.netDaysSinceClose > window else { return nil }
        return c.flag(.critical, .onboardingOverdue, value: .days(c.snapshot.netDaysSinceClose), threshold: .days(window),
                      since: c.since.onboardingOverdue(c.account, segment: c.segment))
    }

    private func handoffIncomplete(_ c: Firing) -> RedFlag? {
        guard handoffIsIncomplete(c.snapshot) else { return nil }
        return c.flag(.warning, .handoffIncomplete, value: .rate(c.snapshot.handoffScore),
                      threshold: .rate(config.handoff.minScore), since: c.since.handoffIncomplete(c.account))
    }

    private func noEarlyEngagement(_ c: Firing) -> RedFlag? {
        guard lacksEarlyEngagement(c.snapshot) else { return nil }
        return c.flag(.warning, .noEarlyEngagement, value: .days(0), threshold: .days(1),
                      since: c.since.noEarlyEngagement(c.account))
    }

    private func onHoldLong(_ c: Firing) -> RedFlag? {
        guard let lasted = holdLasted(c.snapshot, account: c.account) else { return nil }
        return c.flag(.warning, .onHoldLong, value: .days(lasted.days), threshold: .days(config.hold.maxDays),
                      since: c.since.onHoldLong(holdStart: lasted.start))
    }
}
