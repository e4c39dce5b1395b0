import OnboardingModel

/// The account-scope rules of SPEC §6, over active accounts at snapshot S.
struct AccountRedFlags {
    let config: Config
    let hasEvents: Bool

    /// Every account flag, unsorted.
    func flags(_ snapshots: ArraySlice<AccountSnapshot>, accounts: [OnboardedAccount]) -> [RedFlag] {
        var flags: [RedFlag] = []
        for snapshot in snapshots where snapshot.status == .active {
            let account = accounts[snapshot.accountIndex]
            let segment = config.segments[snapshot.segmentIndex]
            let context = Context(account: account, snapshot: snapshot, segment: segment,
                                  milestoneName: snapshot.currentMilestone.map { config.milestones.order[$0] })
            if let flag = stalled(context) { flags.append(flag) }
            if let flag = firstValueOverdue(context) { flags.append(flag) }
            if let flag = onboardingOverdue(context) { flags.append(flag) }
            if let flag = handoffIncomplete(context) { flags.append(flag) }
            if let flag = noEarlyEngagement(context) { flags.append(flag) }
        }
        return flags
    }

    /// What every account message needs: who, where it stands, who acts.
    private struct Context {
        let account: OnboardedAccount
        let snapshot: AccountSnapshot
        let segment: Segment
        let milestoneName: String?

        var owner: String { account.csm.isEmpty ? "no CSM assigned" : "CSM \(account.csm)" }
        var actor: String { account.csm.isEmpty ? "CS manager to assign a CSM and" : account.csm + " to" }
        var whereItStands: String { milestoneName.map { "current milestone \($0)" } ?? "no open milestone" }

        func flag(_ severity: RedFlag.Severity, _ rule: RedFlag.Rule, value: RedFlagNumber,
                  threshold: RedFlagNumber, _ message: String) -> RedFlag {
            RedFlag(severity: severity, rule: rule, scope: .account, key: account.accountID,
                    segment: segment.name, csm: account.csm, value: value, threshold: threshold,
                    message: account.accountName.isEmpty ? message : "\(account.accountName): \(message)")
        }
    }

    private func stalled(_ c: Context) -> RedFlag? {
        let days = c.snapshot.daysSinceProgress
        guard days >= config.stall.days else { return nil }
        let critical = days >= config.stall.criticalDays
        let threshold = critical ? config.stall.criticalDays : config.stall.days
        return c.flag(critical ? .critical : .warning, .stalled, value: .days(days), threshold: .days(threshold),
                      "No milestone progress for \(days) days since \(c.snapshot.lastProgress) "
                      + "(\(critical ? "critical" : "warning") at \(threshold)); \(c.whereItStands); \(c.owner). "
                      + "Next step: \(c.actor) unblock \(c.milestoneName ?? "the onboarding") with the customer this week.")
    }

    private func firstValueOverdue(_ c: Context) -> RedFlag? {
        let target = config.ttvTarget(c.segment)
        let firstValue = c.account.milestones[config.milestones.firstValueIndex]
        // A skipped first-value milestone satisfies the plan.
        guard c.snapshot.firstValueDate == nil, !firstValue.skipped, c.snapshot.daysSinceClose > target else { return nil }
        return c.flag(.warning, .firstValueOverdue, value: .days(c.snapshot.daysSinceClose), threshold: .days(target),
                      "No first value \(c.snapshot.daysSinceClose) days after close on \(c.account.closeDate) "
                      + "(\(c.segment.name) target \(target) days, \(c.snapshot.daysSinceClose - target) days overdue); "
                      + "\(c.whereItStands); \(c.owner). "
                      + "Next step: \(c.actor) agree a first-value date with the champion.")
    }

    private func onboardingOverdue(_ c: Context) -> RedFlag? {
        let window = config.window(c.segment)
        guard c.snapshot.daysSinceClose > window else { return nil }
        return c.flag(.critical, .onboardingOverdue, value: .days(c.snapshot.daysSinceClose), threshold: .days(window),
                      "Onboarding still open \(c.snapshot.daysSinceClose) days after close on \(c.account.closeDate) "
                      + "(\(c.segment.name) window \(window) days, \(c.snapshot.daysSinceClose - window) days overdue); "
                      + "\(c.whereItStands); \(c.owner). "
                      + "Next step: \(c.actor) escalate to the CS manager with a recovery plan.")
    }

    private func handoffIncomplete(_ c: Context) -> RedFlag? {
        let minimum = config.handoff.minScore
        // No handoff fields configured: the export has no handoff data to judge.
        guard !config.handoff.fields.isEmpty, c.snapshot.handoffScore < minimum else { return nil }
        let missing = c.snapshot.missingHandoffFields.joined(separator: ", ")
        let ae = c.account.ae.isEmpty ? "the AE" : "AE \(c.account.ae)"
        return c.flag(.warning, .handoffIncomplete, value: .rate(c.snapshot.handoffScore), threshold: .rate(minimum),
                      "Handoff score \(c.snapshot.handoffScore.formatted(places: 4)) below \(minimum.formatted(places: 4)); "
                      + "missing: \(missing); \(c.owner). Next step: \(ae) to fill in the "
                      + "\(c.snapshot.missingHandoffFields.count) missing field\(c.snapshot.missingHandoffFields.count == 1 ? "" : "s") before the kickoff.")
    }

    private func noEarlyEngagement(_ c: Context) -> RedFlag? {
        guard hasEvents, c.snapshot.day7Engaged == false else { return nil }
        let close = c.account.closeDate
        return c.flag(.warning, .noEarlyEngagement, value: .days(0), threshold: .days(1),
                      "No product usage in the first 7 days after close (\(close) to \(close + 6)); "
                      + "\(c.whereItStands); \(c.owner). "
                      + "Next step: \(c.actor) check that users have access and book a first-login session.")
    }
}
