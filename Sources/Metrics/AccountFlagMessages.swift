import OnboardingModel

/// What each account flag says (SPEC §6 "message"): what was measured,
/// against what, and the next step, worked out from the account and its
/// snapshot when a report shows the flag rather than kept with it, so a
/// million open flags hold no text.
extension AccountRedFlags {
    /// The message of the `rule` flag at `severity` that `appendFlags` raised for `entry`.
    func message(_ rule: RedFlag.Rule, _ severity: RedFlag.Severity, of entry: AccountAtSnapshot) -> String {
        let snapshot = entry.snapshot
        let c = Context(account: entry.account, snapshot: snapshot, segment: config.segments[snapshot.segmentIndex],
                        milestoneName: snapshot.currentMilestone.map { config.milestones.order[$0] }, health: health)
        let message = switch rule {
        case .stalled: stalled(c, critical: severity == .critical)
        case .firstValueOverdue: firstValueOverdue(c)
        case .onboardingOverdue: onboardingOverdue(c)
        case .handoffIncomplete: handoffIncomplete(c)
        case .noEarlyEngagement: noEarlyEngagement(c)
        case .onHoldLong: onHoldLong(c)
        case .csmOverCapacity, .completionRateLow, .ttvAboveBaseline, .ttvSustainedAboveBaseline, .stallShareHigh:
            preconditionFailure("\(rule.rawValue) is not an account rule")
        }
        return entry.account.accountName.isEmpty ? message : "\(HumanText.shown(entry.account.accountName)): \(message)"
    }

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
    }

    private func stalled(_ c: Context, critical: Bool) -> String {
        let days = c.snapshot.daysSinceProgress
        let threshold = critical ? config.stall.criticalDays : config.stall.days
        return "No milestone progress for \(days) \(config.stall.unit == .business ? "business days" : "days") "
            + "since \(c.snapshot.lastProgress)\(c.heldNote(since: .lastProgress)) "
            + "(\(critical ? "critical" : "warning") at \(threshold)); \(c.whereItStands); \(c.owner)." + c.healthNote
            + " Next step: \(c.actor) unblock \(c.milestoneName ?? "the onboarding") with the customer this week."
    }

    private func firstValueOverdue(_ c: Context) -> String {
        let target = config.ttvTarget(c.segment)
        return "No first value \(c.snapshot.netDaysSinceClose) days after close on \(c.account.closeDate)\(c.heldNote()) "
            + "(\(c.segment.name) target \(target) days, \(c.snapshot.netDaysSinceClose - target) days overdue); "
            + "\(c.whereItStands); \(c.owner)." + c.healthNote
            + " Next step: \(c.actor) agree a first-value date with the champion."
    }

    private func onboardingOverdue(_ c: Context) -> String {
        let window = config.window(c.segment)
        return "Onboarding still open \(c.snapshot.netDaysSinceClose) days after close on \(c.account.closeDate)\(c.heldNote()) "
            + "(\(c.segment.name) window \(window) days, \(c.snapshot.netDaysSinceClose - window) days overdue); "
            + "\(c.whereItStands); \(c.owner)." + c.healthNote
            + " Next step: \(c.actor) escalate to the CS manager with a recovery plan."
    }

    private func handoffIncomplete(_ c: Context) -> String {
        let minimum = config.handoff.minScore
        let missing = c.snapshot.missingHandoffFields.joined(separator: ", ")
        let ae = c.account.ae.isEmpty ? "the AE" : "AE \(c.account.ae)"
        let count = c.snapshot.missingHandoffFields.count
        return "Handoff score \(c.snapshot.handoffScore.formatted(places: 4)) below \(minimum.formatted(places: 4)); "
            + "missing: \(missing); \(c.owner). Next step: \(ae) to fill in the "
            + "\(count) missing field\(count == 1 ? "" : "s") before the kickoff."
    }

    private func noEarlyEngagement(_ c: Context) -> String {
        let close = c.account.closeDate
        return "No product usage in the first 7 days after close (\(close) to \(close + 6)); "
            + "\(c.whereItStands); \(c.owner). "
            + "Next step: \(c.actor) check that users have access and book a first-login session."
    }

    private func onHoldLong(_ c: Context) -> String {
        guard let lasted = holdLasted(c.snapshot, account: c.account) else {
            preconditionFailure("on_hold_long message for an account whose hold does not fire")
        }
        let snapshot = c.account.closeDate + c.snapshot.daysSinceClose
        // The customer hold row covering S that started last names the current reason.
        let hold = c.account.holds.last { $0.owner == .customer && $0.covers(snapshot, at: snapshot) }
        let reason = hold.map { $0.reason.isEmpty ? "no reason given" : "reason: \(Self.cut($0.reason))" }
            ?? "no reason given"
        return "On customer hold for \(lasted.days) days since \(lasted.start) (\(reason); owner: customer; "
            + "limit \(config.hold.maxDays) days); \(c.whereItStands); \(c.owner). "
            + "Next step: \(c.actor) agree a restart date with the customer's sponsor, or escalate "
            + "to the CS manager to re-plan the onboarding."
    }

    /// Text from an export shown in a message: at most 100 characters, cut with `…`.
    private static func cut(_ text: String) -> String {
        text.count <= 100 ? text : String(text.prefix(99)) + "…"
    }
}
