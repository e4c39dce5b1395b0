import OnboardingModel
import Testing
@testable import Metrics

/// Customer holds on the snapshot and the survival rows, hand-computed (SPEC §5).
/// S = 2025-06-30 (Monday); segment `big`: TTV target 10, window 30; stall.days 7.
struct HoldsAndSurvivalTests {
    typealias F = Fixture

    private func with(_ account: OnboardedAccount, holds: [OnboardingHold]) -> OnboardedAccount {
        var account = account
        account.holds = holds
        return account
    }

    /// Closed 06-10 (20 days before S), first value on close+8 = 06-18. A customer hold
    /// [06-05, 06-13) straddles the close: it covers 06-10, 06-11, 06-12 after close, so
    /// TTV = 8 − 3 = 5 and net(close, S) = 20 − 3 = 17; hold_days 3, not on hold.
    @Test func holdStraddlingTheClose() throws {
        let close = F.s - 20
        let account = with(F.account(closedDaysAgo: 20, steps: [.done(1), .done(8), .pending]),
                           holds: [OnboardingHold(start: close - 5, end: close + 3)])
        let s = try #require(F.snapshot(account))
        #expect(s.ttvDays == 5)
        #expect(s.netDaysSinceClose == 17 && s.daysSinceClose == 20)
        #expect(s.holdDays == 3 && !s.onHold)
        // Last progress 06-18: no hold after it, 12 days since progress, stalled.
        #expect(s.daysSinceProgress == 12 && s.stalled)
    }

    /// Closed 40 days before S with no progress; an open customer hold since S − 4 covers
    /// S−4 … S: hold_days 5, on hold, so not stalled (40 − 4 = 36 days since progress on the
    /// clock); net(close, S) = 40 − 4 = 36 > window 30.
    @Test func holdStraddlingTheSnapshotIsOnHoldAndNotStalled() throws {
        let account = with(F.account(closedDaysAgo: 40),
                           holds: [OnboardingHold(start: F.s - 4, reason: "security review")])
        let s = try #require(F.snapshot(account))
        #expect(s.holdDays == 5 && s.onHold)
        #expect(s.daysSinceProgress == 36)
        #expect(!s.stalled)
        #expect(s.netDaysSinceClose == 36)
        let metrics = F.metrics([account])
        #expect(metrics.stalled == 0 && metrics.stallRate == .zero)   // active, on hold: in the denominator
        // No stalled flag either, though 36 days since progress ≥ stall.days 7; still
        // onboarding_overdue (critical: net 36 > window 30) and first_value_overdue (no first
        // value, net 36 > target 10). The hold has lasted 5 days: no on_hold_long.
        let engine = F.engine()
        let rules = engine.operationalViews(engine.snapshots(of: [account], at: F.s), csms: nil,
                                            forecast: nil, at: F.s).redFlags.map(\.rule)
        #expect(rules == [.onboardingOverdue, .firstValueOverdue])
    }

    /// A hold that ended before S: [S−10, S−3) covers 7 days; not on hold at S.
    /// A vendor hold over the same days subtracts nothing.
    @Test func closedCustomerHoldAndVendorHold() throws {
        let customer = try #require(F.snapshot(with(F.account(closedDaysAgo: 20),
                                                    holds: [OnboardingHold(start: F.s - 10, end: F.s - 3)])))
        #expect(customer.holdDays == 7 && !customer.onHold && customer.netDaysSinceClose == 13)
        let vendor = try #require(F.snapshot(with(F.account(closedDaysAgo: 20),
                                                  holds: [OnboardingHold(start: F.s - 10, end: F.s - 3, owner: .vendor)])))
        #expect(vendor.holdDays == 0 && vendor.netDaysSinceClose == 20 && vendor.daysSinceProgress == 20)
    }

    /// Within-target eligibility uses net days: closed 12 days ago (≥ target 10 on the
    /// calendar) but 3 of them on hold: net 9 < 10, not yet eligible.
    @Test func eligibilityUsesNetDays() {
        let held = with(F.account(closedDaysAgo: 12), holds: [OnboardingHold(start: F.s - 5, end: F.s - 2)])
        #expect(F.metrics([held]).ttvWithinTargetRate == nil)
        #expect(F.metrics([F.account(closedDaysAgo: 12)]).ttvWithinTargetRate == .zero)
    }

    /// `stall: {days: 5, unit: business}`, calendar weekend Sat/Sun and holiday 2025-06-26:
    /// last progress Friday 06-20 (close+10 of an account closed 06-10), S Monday 06-30:
    /// business days 23, 24, 25, 27, 30 = 5 → stalled at exactly stall.days; calendar 10.
    @Test func businessDayStallAcrossAWeekendAndAHoliday() throws {
        var config = F.config
        config.stall.days = 5
        config.stall.unit = .business
        config.calendar.holidays = [Day(year: 2025, month: 6, day: 26)!]
        let engine = MetricsEngine(config: config, hasEvents: false, hasSurveys: false)
        let account = F.account(closedDaysAgo: 20, steps: [.done(10), .pending, .pending])
        let atS = engine.snapshots(of: [account], at: F.s)
        let s = try #require(atS.snapshots.first)
        #expect(s.daysSinceProgress == 5 && s.stalled)
        let flags = engine.operationalViews(atS, csms: nil, forecast: nil, at: F.s).redFlags
        let stalled = try #require(flags.first { $0.rule == .stalled })
        #expect(RedFlagMessages(config: config, accounts: atS).text(of: stalled)
            .contains("No milestone progress for 5 business days"))
        // The fifth business day after 06-20 (23, 24, 25, 27, 30) is S itself.
        #expect(flags.first { $0.rule == .stalled }?.since == F.s)
        // One more holiday (06-30 itself): 4 business days, not stalled.
        config.calendar.holidays.append(F.s)
        let fewer = try #require(MetricsEngine(config: config, hasEvents: false, hasSurveys: false)
            .snapshots(of: [account], at: F.s).snapshots.first)
        #expect(fewer.daysSinceProgress == 4 && !fewer.stalled)
    }

    /// Kickoff (due 5 days after close in `big`) achieved on close + 8, with a customer hold
    /// over close + 1 … close + 4: 8 − 4 = 4 net days, on time; without the hold, late.
    @Test func milestoneOnTimeUsesNetDays() {
        let plain = F.account(closedDaysAgo: 20, steps: [.done(8), .pending, .pending])
        let close = F.s - 20
        let held = with(plain, holds: [OnboardingHold(start: close + 1, end: close + 5)])
        let engine = F.engine()
        for (account, onTime) in [(held, 1), (plain, 0)] {
            let rows = engine.operationalViews(engine.snapshots(of: [account], at: F.s), csms: nil, forecast: nil,
                                               at: F.s).milestones
            let kickoff = rows.first { $0.segmentIndex == F.big && $0.milestoneIndex == 0 }
            #expect(kickoff?.eligible == 1 && kickoff?.achievedOnTime == onTime)
            #expect(kickoff?.medianDaysFromClose == Rational(onTime == 1 ? 4 : 8))
        }
    }

    /// Velocity over net days: kickoff on close + 8 with 4 hold days before it → 4 ÷ 1 milestone.
    /// A hold after the last progress (close + 10 … close + 14) does not change it.
    @Test func milestoneVelocityUsesNetDays() {
        let close = F.s - 20
        let account = with(F.account(closedDaysAgo: 20, steps: [.done(8), .pending, .pending]),
                           holds: [OnboardingHold(start: close + 1, end: close + 5),
                                   OnboardingHold(start: close + 10, end: close + 15)])
        #expect(F.metrics([account]).milestoneVelocityDays == Rational(4))
    }

    // MARK: Survival rows

    /// Four `big` accounts of cohort 2025-05 (closed 05-31, 30 days before S) and one of 2025-06:
    /// - r1 reached at 5, r2 at 12;
    /// - c1 censored at S: net(close, S) = 30;
    /// - ch churned at close+12 without first value: censored at 12 (a tie with r2's 12:
    ///   still at risk at 12);
    /// - h (2025-06, closed 06-20) with an open hold since 06-25: censored at 10 − 5 = 5 (tie with r1).
    /// All: n = 5. t=5: at risk 5 (h censored at 5 is at risk), d 1 → Ŝ = 4/5.
    /// t=12: at risk 3 (r2, ch, c1), d 1 → Ŝ = 4/5 · 2/3 = 8/15 ≈ 0.5333 > 0.5: no median.
    /// Reached by 10 = 1 − 4/5 = 0.2 (segment target 10).
    @Test func survivalRowsCensorAtSnapshotAndChurnWithTies() throws {
        let accounts = [
            F.account("r1", closedDaysAgo: 30, steps: [.done(1), .done(5), .pending]),
            F.account("r2", closedDaysAgo: 30, steps: [.done(1), .done(12), .pending]),
            F.account("c1", closedDaysAgo: 30),
            F.account("ch", closedDaysAgo: 30, churn: 12),
            with(F.account("h", closedDaysAgo: 10), holds: [OnboardingHold(start: F.s - 5)]),
        ]
        let engine = F.engine()
        let rows = engine.survivalRows(engine.snapshots(of: accounts, at: F.s), at: F.s)
        // 2025-05 big, 2025-06 big; then big, small, idle, all.
        #expect(rows.map(\.cohort) == ["2025-05", "2025-06", nil, nil, nil, nil])
        #expect(rows.map(\.segmentIndex) == [F.big, F.big, F.big, F.small, F.idle, nil])
        let all = try #require(rows.last)
        #expect(all.accounts == 5 && all.reached == 2 && all.censored == 3)
        #expect(all.kmMedianDays == nil)
        #expect(all.longestFollowUp == 30)
        #expect(all.reachedByTarget == nil)   // no target on `all`
        let big = rows[2]
        #expect(abs(big.reachedByTarget! - 0.2) < 1e-12)
        #expect(abs(big.reachedBy30! - (1 - 8.0 / 15)) < 1e-12)
        #expect(big.naiveMedianDays == Rational(17, 2))   // median of 5 and 12
        let may = rows[0]
        // 2025-05 alone: t=5 n 4 d 1 → 3/4; t=12 n 3 (r2, ch, c1) d 1 → 3/4 · 2/3 = 1/2 ≤ 0.5: median 12.
        #expect(may.kmMedianDays == 12)
        let empty = rows[3]
        #expect(empty.accounts == 0 && empty.kmMedianDays == nil && empty.reachedBy30 == nil)
    }

    // MARK: on_hold_long

    /// hold.max_days 30. An open customer hold since S − 29 has lasted S−29 … S = 30 days: no
    /// flag; since S − 30, 31 days > 30: a warning with value 31 and threshold 30 naming the
    /// reason. A vendor hold as long never fires.
    @Test(arguments: [(29, nil), (30, 31)] as [(Int, Int?)])
    func onHoldLong(startedDaysBeforeS: Int, value: Int?) {
        let accounts = [
            with(F.account("held", closedDaysAgo: 60),
                 holds: [OnboardingHold(start: F.s - startedDaysBeforeS, reason: "Customer reorganisation")]),
            with(F.account("vendor", closedDaysAgo: 60),
                 holds: [OnboardingHold(start: F.s - 40, owner: .vendor, reason: "our SSO bug")]),
        ]
        let engine = F.engine()
        let atS = engine.snapshots(of: accounts, at: F.s)
        let flags = engine.operationalViews(atS, csms: nil, forecast: nil, at: F.s).redFlags
            .filter { $0.rule == .onHoldLong }
        #expect(flags.map(\.key) == (value == nil ? [] : ["held"]))
        if let flag = flags.first {
            #expect(flag.severity == .warning)
            #expect(flag.value == .days(value!) && flag.threshold == .days(30))
            let message = RedFlagMessages(config: engine.config, accounts: atS).text(of: flag)
            #expect(message.contains("Customer reorganisation") && message.contains("owner: customer"))
            #expect(message.contains("Next step"))
            // The hold began S − 30 and passed 30 days on S − 30 + 30 = S (31 days lasted).
            #expect(flag.since == F.s)
        }
    }

    /// `since` on the onboarding clock: closed S − 40, target 10, a customer hold over
    /// close + 3 … close + 7 (5 days). net(close, d) first reaches 11 on close + 16 (16 − 5);
    /// without the hold on close + 11. The stall (no progress, stall.days 7) first reached 7
    /// on close + 12 (12 − 5), critical 14 on close + 19.
    @Test func sinceCountsNetDays() {
        let close = F.s - 40
        let held = with(F.account("held", closedDaysAgo: 40),
                        holds: [OnboardingHold(start: close + 3, end: close + 8)])
        let plain = F.account("plain", closedDaysAgo: 40)
        let engine = F.engine()
        let accounts = [held, plain]
        let flags = engine.operationalViews(engine.snapshots(of: accounts, at: F.s), csms: nil, forecast: nil,
                                            at: F.s).redFlags
        func since(_ key: String, _ rule: RedFlag.Rule) -> Day? {
            flags.first { $0.key == key && $0.rule == rule }?.since
        }
        #expect(since("held", .firstValueOverdue) == close + 16)
        #expect(since("plain", .firstValueOverdue) == close + 11)
        #expect(since("held", .stalled) == close + 19)
        #expect(since("plain", .stalled) == close + 14)
    }
}
