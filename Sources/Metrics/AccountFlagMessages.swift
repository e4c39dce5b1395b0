import OnboardingModel

/// What each account flag says (SPEC §6 "message"): what was measured,
/// against what, and the next step, worked out from the account and its
/// snapshot when a report shows the flag rather than kept with it, so a
/// million open flags hold no text.
extension AccountRedFlags {
    /// The message of the `rule` flag at `severity` that `appendFlags` raised for `entry`.
    func message(_ rule: RedFlag.Rule, _ severity: RedFlag.Severity, of entry: AccountAtSnapshot) -> TextBytes {
        let snapshot = entry.snapshot
        let c = Context(entry: entry, segment: config.segments[snapshot.segmentIndex],
                        milestoneName: snapshot.currentMilestone.map { config.milestones.order[$0] }, health: health)
        var text: TextBytes = entry.account.accountName.isEmpty ? TextBytes()
            : "\(HumanText.shown(entry.account.accountName)): "
        let body: TextBytes = switch rule {
        case .stalled: stalled(c, critical: severity == .critical)
        case .firstValueOverdue: firstValueOverdue(c)
        case .onboardingOverdue: onboardingOverdue(c)
        case .handoffIncomplete: handoffIncomplete(c)
        case .noEarlyEngagement: noEarlyEngagement(c)
        case .onHoldLong: onHoldLong(c)
        case .csmOverCapacity, .completionRateLow, .ttvAboveBaseline, .ttvSustainedAboveBaseline, .stallShareHigh:
            preconditionFailure("\(rule.rawValue) is not an account rule")
        }
        text.append(body)
        return text
    }

    private func stalled(_ c: Context, critical: Bool) -> TextBytes {
        """
        No milestone progress for \(c.snapshot.daysSinceProgress) \
        \(config.stall.unit == .business ? "business days" : "days") since \(c.snapshot.lastProgress)\
        \(heldDays: c.heldDays(since: .lastProgress)) \
        (\(critical ? "critical" : "warning") at \(critical ? config.stall.criticalDays : config.stall.days)); \
        \(standing: c); \(owner: c).\(health: c) \
        Next step: \(actor: c) unblock \(c.milestoneName ?? "the onboarding") with the customer this week.
        """
    }

    private func firstValueOverdue(_ c: Context) -> TextBytes {
        let target = config.ttvTarget(c.segment)
        return """
            No first value \(c.snapshot.netDaysSinceClose) days after close on \(c.account.closeDate)\
            \(heldDays: c.heldDays(since: .close)) \
            (\(c.segment.name) target \(target) days, \(c.snapshot.netDaysSinceClose - target) days overdue); \
            \(standing: c); \(owner: c).\(health: c) \
            Next step: \(actor: c) agree a first-value date with the champion.
            """
    }

    private func onboardingOverdue(_ c: Context) -> TextBytes {
        let window = config.window(c.segment)
        return """
            Onboarding still open \(c.snapshot.netDaysSinceClose) days after close on \(c.account.closeDate)\
            \(heldDays: c.heldDays(since: .close)) \
            (\(c.segment.name) window \(window) days, \(c.snapshot.netDaysSinceClose - window) days overdue); \
            \(standing: c); \(owner: c).\(health: c) \
            Next step: \(actor: c) escalate to the CS manager with a recovery plan.
            """
    }

    private func handoffIncomplete(_ c: Context) -> TextBytes {
        let count = c.snapshot.missingHandoffFields.count
        return """
            Handoff score \(c.snapshot.handoffScore, places: 4) below \(config.handoff.minScore, places: 4); \
            missing: \(c.snapshot.missingHandoffFields.joined(separator: ", ")); \(owner: c). \
            Next step: \(c.account.ae.isEmpty ? "the AE" : "AE \(c.account.ae)") to fill in the \
            \(count) missing field\(count == 1 ? "" : "s") before the kickoff.
            """
    }

    private func noEarlyEngagement(_ c: Context) -> TextBytes {
        let close = c.account.closeDate
        return """
            No product usage in the first 7 days after close (\(close) to \(close + 6)); \
            \(standing: c); \(owner: c). \
            Next step: \(actor: c) check that users have access and book a first-login session.
            """
    }

    private func onHoldLong(_ c: Context) -> TextBytes {
        guard let lasted = holdLasted(c.snapshot, account: c.account) else {
            preconditionFailure("on_hold_long message for an account whose hold does not fire")
        }
        let snapshot = c.account.closeDate + c.snapshot.daysSinceClose
        // The customer hold row covering S that started last names the current reason.
        let hold = c.account.holds.last { $0.owner == .customer && $0.covers(snapshot, at: snapshot) }
        let reason = hold.map { $0.reason.isEmpty ? "no reason given" : "reason: \(Self.cut($0.reason))" }
            ?? "no reason given"
        return """
            On customer hold for \(lasted.days) days since \(lasted.start) (\(reason); owner: customer; \
            limit \(config.hold.maxDays) days); \(standing: c); \(owner: c). \
            Next step: \(actor: c) agree a restart date with the customer's sponsor, or escalate \
            to the CS manager to re-plan the onboarding.
            """
    }

    /// Text from an export shown in a message: at most 100 characters, cut with `…`.
    private static func cut(_ text: String) -> String {
        text.count <= 100 ? text : String(text.prefix(99)) + "…"
    }
}

/// What every account message needs: who, where it stands, who acts.
private struct Context {
    let entry: AccountAtSnapshot
    let segment: Segment
    let milestoneName: String?
    let health: HealthScoring

    var snapshot: AccountSnapshot { entry.snapshot }
    /// Read in place: a copy would retain every string and array the account holds.
    var account: OnboardedAccount { _read { yield entry.account } }

    /// Customer-hold days since close, or since the last progress, that a day count leaves out.
    func heldDays(since start: HeldSince) -> Int {
        start == .close ? snapshot.heldDays : snapshot.heldDays - snapshot.heldBeforeProgress
    }

    enum HeldSince { case close, lastProgress }
}

/// The pieces the account messages share.
extension TextBytes.Interpolation {
    /// `, not counting 15 days on customer hold`, or nothing without hold days.
    fileprivate mutating func appendInterpolation(heldDays: Int) {
        guard heldDays > 0 else { return }
        appendLiteral(", not counting ")
        appendInterpolation(heldDays)
        appendLiteral(" days on customer hold")
    }

    /// `current milestone setup`, or `no open milestone`.
    fileprivate mutating func appendInterpolation(standing c: Context) {
        if let name = c.milestoneName {
            appendLiteral("current milestone ")
            appendInterpolation(name)
        } else {
            appendLiteral("no open milestone")
        }
    }

    /// `CSM Ana Silva`, or `no CSM assigned`.
    fileprivate mutating func appendInterpolation(owner c: Context) {
        if c.account.csm.isEmpty {
            appendLiteral("no CSM assigned")
        } else {
            appendLiteral("CSM ")
            appendInterpolation(HumanText.shown(c.account.csm))
        }
    }

    /// Who acts: `Ana Silva to`, or `CS manager to assign a CSM and`.
    fileprivate mutating func appendInterpolation(actor c: Context) {
        if c.account.csm.isEmpty {
            appendLiteral("CS manager to assign a CSM and")
        } else {
            appendInterpolation(HumanText.shown(c.account.csm))
            appendLiteral(" to")
        }
    }

    /// ` Health red (35): recency 0.00; engagement 0.20.` for the stalled and
    /// overdue messages, so a CSM sees why; nothing without a score.
    fileprivate mutating func appendInterpolation(health c: Context) {
        guard let score = c.snapshot.healthScore else { return }
        appendLiteral(" Health ")
        appendInterpolation(c.health.band(score).rawValue)
        appendLiteral(" (")
        appendInterpolation(score)
        appendLiteral("): ")
        appendInterpolation(c.health.drivers(c.health.components(c.snapshot)))
        appendLiteral(".")
    }
}
