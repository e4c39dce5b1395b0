@testable import Metrics
import OnboardingModel
import Testing

/// `since`, `new` and resolved_flags.csv (SPEC §6), from the exports at S and
/// at the prior window's snapshot, on small smb accounts worked by hand.
///
/// Default smb plan: kickoff 3, setup 7, training 10, first_value 14 (the TTV
/// target), handoff 30 (the window); stall.days 7, critical_days 14.
@Suite struct FlagHistoryTests {
    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    /// An smb account closed on `close`, with milestones achieved on the given
    /// days (plan index → day) and all 10 handoff fields unless `handoff` says.
    static func account(_ id: String, close: String, achieved: [Int: String] = [:], churn: String? = nil,
                        handoff: Int = 10, firstEvent: String? = nil, csm: String = "Jane") -> OnboardedAccount {
        OnboardedAccount(
            accountID: id, dealID: "D-" + id, accountName: "", segmentIndex: 2, closeDate: day(close),
            acvCents: 100_000, csm: csm, churnDate: churn.map(day), handoffPresent: (0..<10).map { $0 < handoff },
            milestones: PlanProgress(count: 5) { i in MilestoneProgress(achievedDate: achieved[i].map(day)) },
            firstEventOnOrAfterClose: firstEvent.map(day))
    }

    /// The operational views of the `day` report whose snapshot is `asOf`
    /// (its prior window's snapshot is the day before).
    static func views(_ accounts: [OnboardedAccount], asOf: String, hasEvents: Bool = false,
                      csms: [CSMRecord]? = nil) -> OperationalViews {
        let engine = MetricsEngine(config: Config(), hasEvents: hasEvents, hasSurveys: false)
        let window = ReportWindow(period: .day, asOf: day(asOf))
        let snapshots = engine.snapshots(of: accounts, at: window.snapshot)
        return engine.views(snapshots, csms: csms, forecast: nil, window: window).operations
    }

    static func flag(_ views: OperationalViews, _ rule: RedFlag.Rule, _ key: String) -> RedFlag? {
        views.redFlags.first { $0.rule == rule && $0.key == key }
    }

    struct SinceCase: CustomTestStringConvertible, Sendable {
        var name: String
        var account: OnboardedAccount
        var rule: RedFlag.Rule
        var severity: RedFlag.Severity
        var since: String
        var testDescription: String { name }
    }

    /// Every case at S = 2026-11-20.
    static let sinceCases = [
        // Kickoff 11-10: 10 days without progress, a warning since 11-10 + 7.
        SinceCase(name: "stalled warning", account: account("S1", close: "2026-11-01", achieved: [0: "2026-11-10"]),
                  rule: .stalled, severity: .warning, since: "2026-11-17"),
        // Kickoff 11-01: 19 days, critical since 11-01 + 14 (a warning from 11-08 before that).
        SinceCase(name: "stall that turned critical",
                  account: account("S2", close: "2026-10-25", achieved: [0: "2026-11-01"]),
                  rule: .stalled, severity: .critical, since: "2026-11-15"),
        // Kickoff 10-20 (a critical stall by 11-03), then setup 11-12 reset it:
        // 8 days, a warning since 11-12 + 7, not since the old stall.
        SinceCase(name: "progress that reset a stall",
                  account: account("S3", close: "2026-10-15", achieved: [0: "2026-10-20", 1: "2026-11-12"]),
                  rule: .stalled, severity: .warning, since: "2026-11-19"),
        // Closed 11-01, target 14: days(11-01, d) > 14 first on 11-16.
        SinceCase(name: "first value overdue", account: account("F1", close: "2026-11-01", achieved: [0: "2026-11-18"]),
                  rule: .firstValueOverdue, severity: .warning, since: "2026-11-16"),
        // Closed 10-01, window 30: days(10-01, d) > 30 first on 10-01 + 31 = 11-01.
        SinceCase(name: "onboarding overdue", account: account("O1", close: "2026-10-01", achieved: [0: "2026-11-18"]),
                  rule: .onboardingOverdue, severity: .critical, since: "2026-11-01"),
        // The handoff fields are the deal's: missing since the close.
        SinceCase(name: "handoff incomplete", account: account("H1", close: "2026-11-12", handoff: 5),
                  rule: .handoffIncomplete, severity: .warning, since: "2026-11-12"),
        // First event 11-11, after the first week [11-03, 11-09]: since close + 7.
        SinceCase(name: "no early engagement",
                  account: account("E1", close: "2026-11-03", achieved: [0: "2026-11-18"], firstEvent: "2026-11-11"),
                  rule: .noEarlyEngagement, severity: .warning, since: "2026-11-10"),
    ]

    @Test(arguments: sinceCases)
    func sinceOfEachAccountRule(_ c: SinceCase) throws {
        let flag = try #require(Self.flag(Self.views([c.account], asOf: "2026-11-20", hasEvents: true), c.rule,
                                          c.account.accountID))
        #expect(flag.severity == c.severity)
        #expect(flag.since == Self.day(c.since))
    }

    /// What `since` means, checked day by day rather than by formula: the
    /// rule held at this severity on every day from `since` to S, and not on
    /// the day before.
    @Test(arguments: sinceCases)
    func sinceStartsTheUnbrokenRun(_ c: SinceCase) throws {
        let since = Self.day(c.since)
        var d = since - 1
        while d <= Self.day("2026-11-20") {
            let flag = Self.flag(Self.views([c.account], asOf: d.description, hasEvents: true), c.rule,
                                 c.account.accountID)
            if d < since {
                #expect(flag?.severity != c.severity, "\(c.name) held on \(d), before its since \(since)")
            } else {
                #expect(flag?.severity == c.severity, "\(c.name) did not hold on \(d)")
            }
            d = d + 1
        }
    }

    @Test func segmentAndCSMFlagsHaveNoSince() {
        // Six Jane accounts, none past anything: 6/75 load on a 0.05 FTE is 1.6 > 1.2.
        let accounts = (0..<6).map { Self.account("A\($0)", close: "2026-11-19") }
        let views = Self.views(accounts, asOf: "2026-11-20", csms: [CSMRecord(name: "Jane", fte: Rational(5, 100))])
        let flag = Self.flag(views, .csmOverCapacity, "Jane")
        #expect(flag?.severity == .critical)
        #expect(flag != nil && flag?.since == nil)
    }

    @Test func newAcrossASeverityChange() throws {
        // Kickoff 11-06. On 11-19: 13 days, a warning (also on 11-18, 12 days).
        // On 11-20: 14 days, critical; the prior day's flag was a warning.
        let a = Self.account("S1", close: "2026-11-01", achieved: [0: "2026-11-06"])
        let warning = try #require(Self.flag(Self.views([a], asOf: "2026-11-19"), .stalled, "S1"))
        #expect(warning.severity == .warning && !warning.isNew)
        let critical = try #require(Self.flag(Self.views([a], asOf: "2026-11-20"), .stalled, "S1"))
        #expect(critical.severity == .critical && critical.isNew)
        // The same stall, escalated: its warning is not resolved.
        #expect(Self.views([a], asOf: "2026-11-20").resolvedFlags.isEmpty)
        let later = try #require(Self.flag(Self.views([a], asOf: "2026-11-21"), .stalled, "S1"))
        #expect(later.severity == .critical && !later.isNew)
        // 11-13 is the first day of the warning (7 days): new then, not on 11-14.
        #expect(Self.flag(Self.views([a], asOf: "2026-11-13"), .stalled, "S1")?.isNew == true)
        #expect(Self.flag(Self.views([a], asOf: "2026-11-14"), .stalled, "S1")?.isNew == false)
    }

    @Test func resolvedByCompletionByChurnAndByTheThresholdNoLongerCrossed() {
        // All close 10-20 with kickoff 10-22 (so 11-19 is 28 days since progress, critical).
        // C completes on 11-20 (the other four milestones that day), R churns on
        // 11-20, P achieves setup on 11-20 (0 days since progress: cleared),
        // K stays stalled.
        let done = ["2026-10-22", "2026-11-20", "2026-11-20", "2026-11-20", "2026-11-20"]
        let accounts = [
            Self.account("C", close: "2026-10-20", achieved: Dictionary(uniqueKeysWithValues: done.enumerated().map { ($0, $1) })),
            Self.account("R", close: "2026-10-20", achieved: [0: "2026-10-22"], churn: "2026-11-20"),
            Self.account("P", close: "2026-10-20", achieved: [0: "2026-10-22", 1: "2026-11-20"]),
            Self.account("K", close: "2026-10-20", achieved: [0: "2026-10-22"]),
        ]
        let resolved = Self.views(accounts, asOf: "2026-11-20").resolvedFlags
        // At 11-19 each of the four had: stalled critical (28 days), first value
        // overdue (30 > 14). C and R lose both; P only the stall (no first value
        // yet at 31 days). Sorted: critical first, then rule, then key.
        #expect(resolved.map { "\($0.priorSeverity.rawValue) \($0.rule.rawValue) \($0.key) \($0.outcome.rawValue)" } == [
            "critical stalled C complete",
            "critical stalled P cleared",
            "critical stalled R churned",
            "warning first_value_overdue C complete",
            "warning first_value_overdue R churned",
        ])
        let stall = resolved.first { $0.key == "P" }
        #expect(stall?.priorValue == .days(28))
        #expect(stall?.scope == .account && stall?.segment == "smb" && stall?.csm == "Jane")
        #expect(resolved.first { $0.key == "C" && $0.rule == .firstValueOverdue }?.priorValue == .days(30))
    }

    @Test func aCSMFlagThatClearsIsResolvedAsCleared() {
        // Jane at 0.05 FTE: six active accounts on 11-19 (critical), five on
        // 11-20 after one churns: 5/75 ÷ 0.05 = 4/3 > 1.2, still critical, not new.
        // With two FTE she is at 6/75 ÷ 2 = 0.04 on both days: never flagged.
        var accounts = (0..<6).map { Self.account("A\($0)", close: "2026-11-15") }
        accounts[0].churnDate = Self.day("2026-11-20")
        let small = [CSMRecord(name: "Jane", fte: Rational(5, 100))]
        let still = Self.views(accounts, asOf: "2026-11-20", csms: small)
        #expect(Self.flag(still, .csmOverCapacity, "Jane")?.isNew == false)
        #expect(still.resolvedFlags.filter { $0.scope == .csm }.isEmpty)
        // All six churn on 11-20: nothing active, the flag clears.
        for i in accounts.indices { accounts[i].churnDate = Self.day("2026-11-20") }
        let cleared = Self.views(accounts, asOf: "2026-11-20", csms: small).resolvedFlags.filter { $0.scope == .csm }
        #expect(cleared.map { "\($0.key) \($0.priorSeverity.rawValue) \($0.outcome.rawValue)" } == ["Jane critical cleared"])
        // 6/75 ÷ 0.05 = 1.6.
        #expect(cleared.first?.priorValue == .rate(Rational(8, 5)))
    }
}

/// The prior window's flags come from a streaming pass (keys, tallies) that
/// must agree with the flags a report computes from its snapshots.
@Suite struct PriorPassAgreementTests {
    typealias H = FlagHistoryTests

    @Test func thePriorPassFiresWhatTheReportFiresOnTheSameDay() {
        // A mix across rules and severities; five smb accounts stalled of six
        // active for stall_share_high; Jane over capacity at 0.05 FTE.
        let accounts = [
            H.account("S1", close: "2026-11-01", achieved: [0: "2026-11-10"]),
            H.account("S2", close: "2026-10-25", achieved: [0: "2026-11-01"]),
            H.account("O1", close: "2026-10-01", achieved: [0: "2026-11-18"], handoff: 3),
            H.account("E1", close: "2026-11-03", achieved: [0: "2026-11-18"], firstEvent: "2026-11-11"),
            H.account("N1", close: "2026-10-20", csm: ""),
            H.account("N2", close: "2026-10-21", csm: "Raj"),
            H.account("C1", close: "2026-10-20", achieved: [0: "2026-10-22"], churn: "2026-11-02"),
        ]
        let csms = [CSMRecord(name: "Jane", fte: Rational(5, 100))]
        let engine = MetricsEngine(config: Config(), hasEvents: true, hasSurveys: false)
        for asOf in ["2026-11-10", "2026-11-20", "2026-11-30"] {
            let window = ReportWindow(period: .day, asOf: H.day(asOf))
            let snapshots = engine.snapshots(of: accounts, at: window.snapshot)
            let flags = engine.operationalViews(snapshots, csms: csms, forecast: nil, at: window.snapshot).redFlags
            // The next day's report: its prior window is `window`.
            let prior = engine.priorWindowViews(of: accounts, csms: csms,
                                                window: ReportWindow(period: .day, asOf: window.snapshot + 1).prior)
            let fromPass = Set(prior.flags.accountKeys.map { key -> String in
                let (index, rule, severity) = PriorFlags.decode(key)
                return "\(severity.rawValue) \(rule.rawValue) \(accounts[index].accountID)"
            } + prior.flags.groupFlags.map { "\($0.severity.rawValue) \($0.rule.rawValue) \($0.key)" })
            let fromReport = Set(flags.map { "\($0.severity.rawValue) \($0.rule.rawValue) \($0.key)" })
            #expect(fromPass == fromReport, "\(asOf)")
            #expect(fromReport.contains { $0.hasPrefix("warning stall_share_high") } || asOf != "2026-11-30")
            #expect(prior.flags.accountKeys == prior.flags.accountKeys.sorted())
        }
    }
}
