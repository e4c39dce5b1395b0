import OnboardingModel

/// The account-scope rules of SPEC §6, over active accounts at snapshot S.
struct AccountRedFlags {
    let config: Config
    let hasEvents: Bool
    private let health: HealthScoring

    init(config: Config, hasEvents: Bool) {
        self.config = config
        self.hasEvents = hasEvents
        health = HealthScoring(config: config)
    }

    /// Every account flag, unsorted.
    func flags(_ accounts: Slice<SnapshotAccounts>) -> [RedFlag] {
        var flags: [RedFlag] = []
        for entry in accounts where entry.snapshot.status == .active {
            appendFlags(of: entry, to: &flags)
        }
        return flags
    }

    /// The flags of one account at its snapshot, in rule order.
    func appendFlags(of entry: AccountAtSnapshot, to flags: inout [RedFlag]) {
        let snapshot = entry.snapshot
        guard snapshot.status == .active else { return }
        let segment = config.segments[snapshot.segmentIndex]
        let context = Context(account: entry.account, snapshot: snapshot, segment: segment,
                              milestoneName: snapshot.currentMilestone.map { config.milestones.order[$0] },
                              health: health, since: FlagSince(config: config))
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
    private func stallSeverity(_ s: AccountSnapshot) -> RedFlag.Severity? {
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
    private func holdLasted(_ s: AccountSnapshot, account: OnboardedAccount) -> (start: Day, days: Int)? {
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

    /// What every account message needs: who, where it stands, who acts.
    private struct Context {
        let account: OnboardedAccount
        let snapshot: AccountSnapshot
        let segment: Segment
        let milestoneName: String?
        let health: HealthScoring

        /// ` Health red (35): recency 0.00; engagement 0.20.` for the
        /// stalled and overdue messages, so a CSM sees why; empty without a score.
        var healthNote: String {
            guard let score = snapshot.healthScore else { return "" }
            return " Health \(health.band(score).rawValue) (\(score)): \(health.drivers(health.components(snapshot)))."
        }
        let since: FlagSince

        var owner: String { account.csm.isEmpty ? "no CSM assigned" : "CSM \(HumanText.shown(account.csm))" }
        var actor: String { account.csm.isEmpty ? "CS manager to assign a CSM and" : HumanText.shown(account.csm) + " to" }
        var whereItStands: String { milestoneName.map { "current milestone \($0)" } ?? "no open milestone" }
        /// Says that the day count leaves out customer holds, when there were any since close
        /// (or since the last progress).
        func heldNote(since start: HeldSince = .close) -> String {
            let held = start == .close ? snapshot.heldDays : snapshot.heldDays - snapshot.heldBeforeProgress
            return held > 0 ? ", not counting \(held) days on customer hold" : ""
        }

        enum HeldSince { case close, lastProgress }

        func flag(_ severity: RedFlag.Severity, _ rule: RedFlag.Rule, value: RedFlagNumber,
                  threshold: RedFlagNumber, since day: Day, _ message: String) -> RedFlag {
            var flag = RedFlag(severity: severity, rule: rule, scope: .account, key: account.accountID,
                               segment: segment.name, csm: account.csm, value: value, threshold: threshold,
                               message: account.accountName.isEmpty ? message : "\(HumanText.shown(account.accountName)): \(message)",
                               since: day)
            flag.accountIndex = Int32(snapshot.accountIndex)
            return flag
        }
    }

    private func stalled(_ c: Context) -> RedFlag? {
        guard let severity = stallSeverity(c.snapshot) else { return nil }
        let days = c.snapshot.daysSinceProgress
        let critical = severity == .critical
        let threshold = critical ? config.stall.criticalDays : config.stall.days
        return c.flag(severity, .stalled, value: .days(days), threshold: .days(threshold),
                      since: c.since.stalled(c.snapshot, account: c.account, critical: critical),
                      "No milestone progress for \(days) \(config.stall.unit == .business ? "business days" : "days") "
                      + "since \(c.snapshot.lastProgress)\(c.heldNote(since: .lastProgress)) "
                      + "(\(critical ? "critical" : "warning") at \(threshold)); \(c.whereItStands); \(c.owner)." + c.healthNote
                      + " Next step: \(c.actor) unblock \(c.milestoneName ?? "the onboarding") with the customer this week.")
    }

    private func firstValueOverdue(_ c: Context) -> RedFlag? {
        let target = config.ttvTarget(c.segment)
        guard firstValueIsOverdue(c.snapshot, account: c.account, segment: c.segment) else { return nil }
        return c.flag(.warning, .firstValueOverdue, value: .days(c.snapshot.netDaysSinceClose), threshold: .days(target),
                      since: c.since.firstValueOverdue(c.account, segment: c.segment),
                      "No first value \(c.snapshot.netDaysSinceClose) days after close on \(c.account.closeDate)\(c.heldNote()) "
                      + "(\(c.segment.name) target \(target) days, \(c.snapshot.netDaysSinceClose - target) days overdue); "
                      + "\(c.whereItStands); \(c.owner)." + c.healthNote
                      + " Next step: \(c.actor) agree a first-value date with the champion.")
    }

    private func onboardingOverdue(_ c: Context) -> RedFlag? {
        let window = config.window(c.segment)
        guard c.snapshot.netDaysSinceClose > window else { return nil }
        return c.flag(.critical, .onboardingOverdue, value: .days(c.snapshot.netDaysSinceClose), threshold: .days(window),
                      since: c.since.onboardingOverdue(c.account, segment: c.segment),
                      "Onboarding still open \(c.snapshot.netDaysSinceClose) days after close on \(c.account.closeDate)\(c.heldNote()) "
                      + "(\(c.segment.name) window \(window) days, \(c.snapshot.netDaysSinceClose - window) days overdue); "
                      + "\(c.whereItStands); \(c.owner)." + c.healthNote
                      + " Next step: \(c.actor) escalate to the CS manager with a recovery plan.")
    }

    private func handoffIncomplete(_ c: Context) -> RedFlag? {
        let minimum = config.handoff.minScore
        guard handoffIsIncomplete(c.snapshot) else { return nil }
        let missing = c.snapshot.missingHandoffFields.joined(separator: ", ")
        let ae = c.account.ae.isEmpty ? "the AE" : "AE \(c.account.ae)"
        return c.flag(.warning, .handoffIncomplete, value: .rate(c.snapshot.handoffScore), threshold: .rate(minimum),
                      since: c.since.handoffIncomplete(c.account),
                      "Handoff score \(c.snapshot.handoffScore.formatted(places: 4)) below \(minimum.formatted(places: 4)); "
                      + "missing: \(missing); \(c.owner). Next step: \(ae) to fill in the "
                      + "\(c.snapshot.missingHandoffFields.count) missing field\(c.snapshot.missingHandoffFields.count == 1 ? "" : "s") before the kickoff.")
    }

    private func noEarlyEngagement(_ c: Context) -> RedFlag? {
        guard lacksEarlyEngagement(c.snapshot) else { return nil }
        let close = c.account.closeDate
        return c.flag(.warning, .noEarlyEngagement, value: .days(0), threshold: .days(1),
                      since: c.since.noEarlyEngagement(c.account),
                      "No product usage in the first 7 days after close (\(close) to \(close + 6)); "
                      + "\(c.whereItStands); \(c.owner). "
                      + "Next step: \(c.actor) check that users have access and book a first-login session.")
    }

    private func onHoldLong(_ c: Context) -> RedFlag? {
        guard let lasted = holdLasted(c.snapshot, account: c.account) else { return nil }
        let maxDays = config.hold.maxDays
        let snapshot = c.account.closeDate + c.snapshot.daysSinceClose
        // The customer hold row covering S that started last names the current reason.
        let hold = c.account.holds.last { $0.owner == .customer && $0.covers(snapshot, at: snapshot) }
        let reason = hold.map { $0.reason.isEmpty ? "no reason given" : "reason: \(Self.cut($0.reason))" }
            ?? "no reason given"
        return c.flag(.warning, .onHoldLong, value: .days(lasted.days), threshold: .days(maxDays),
                      since: c.since.onHoldLong(holdStart: lasted.start),
                      "On customer hold for \(lasted.days) days since \(lasted.start) (\(reason); owner: customer; "
                      + "limit \(maxDays) days); \(c.whereItStands); \(c.owner). "
                      + "Next step: \(c.actor) agree a restart date with the customer's sponsor, or escalate "
                      + "to the CS manager to re-plan the onboarding.")
    }

    /// Text from an export shown in a message: at most 100 characters, cut with `…`.
    private static func cut(_ text: String) -> String {
        text.count <= 100 ? text : String(text.prefix(99)) + "…"
    }
}
