import Metrics
import OnboardingModel
import Testing

/// Account rules of SPEC §6, each just below, at and above its threshold.
@Suite struct AccountRedFlagTests {
    typealias F = OperationalFixtures

    @Test(arguments: [
        // (days since progress, expected severity, expected threshold); stall.days 7, critical 14.
        (6, nil, nil),
        (7, RedFlag.Severity.warning, 7),
        (13, .warning, 7),
        (14, .critical, 14),
        (15, .critical, 14),
    ] as [(Int, RedFlag.Severity?, Int?)])
    func stalled(daysSinceProgress: Int, severity: RedFlag.Severity?, threshold: Int?) {
        let flags = F.flags([F.make("A1", daysSinceClose: 25, daysSinceProgress: daysSinceProgress)], rule: .stalled)
        #expect(flags.first?.severity == severity)
        #expect(flags.first?.threshold == threshold.map { RedFlagNumber.days($0) })
        if let flag = flags.first {
            #expect(flag.value == .days(daysSinceProgress))
            #expect(flag.message.contains("Jane"))
            #expect(flag.message.contains("first_value"))
            #expect(flag.message.contains("\(daysSinceProgress) days"))
        }
    }

    @Test func stalledDoesNotFireForCompleteAccounts() {
        let done = F.make("A1", daysSinceClose: 40, status: .complete, daysSinceProgress: 30, firstValueAfter: 10,
                          completedAfter: 10)
        #expect(F.flags([done], rule: .stalled).isEmpty)
    }

    @Test(arguments: [(14, false), (15, true)])
    func firstValueOverdueAfterTheTarget(daysSinceClose: Int, fires: Bool) {
        // smb TTV target is 14 days: fires strictly after it.
        let flags = F.flags([F.make("A1", daysSinceClose: daysSinceClose, daysSinceProgress: 1)],
                            rule: .firstValueOverdue)
        #expect(flags.count == (fires ? 1 : 0))
        if fires {
            #expect(flags[0].value == .days(15))
            #expect(flags[0].threshold == .days(14))
            #expect(flags[0].severity == .warning)
            #expect(flags[0].message.contains("1 days overdue"))
        }
    }

    @Test func skippedOrReachedFirstValueIsNotOverdue() {
        let skipped = F.make("A1", daysSinceClose: 20, firstValueSkipped: true)
        let reached = F.make("A2", daysSinceClose: 20, firstValueAfter: 18)
        #expect(F.flags([skipped, reached], rule: .firstValueOverdue).isEmpty)
    }

    @Test(arguments: [(30, false), (31, true)])
    func onboardingOverdueAfterTheWindow(daysSinceClose: Int, fires: Bool) {
        // smb window = largest due day = 30.
        let flags = F.flags([F.make("A1", daysSinceClose: daysSinceClose, daysSinceProgress: 1)],
                            rule: .onboardingOverdue)
        #expect(flags.map(\.severity) == (fires ? [.critical] : []))
        #expect(flags.first?.threshold == (fires ? .days(30) : nil))
    }

    @Test(arguments: [(9, false), (8, false), (7, true)])
    func handoffIncompleteBelowMinScore(present: Int, fires: Bool) {
        // 10 fields of weight 1; min_score 0.8: 8/10 is not below it, 7/10 is.
        let flags = F.flags([F.make("A1", handoffPresent: present)], rule: .handoffIncomplete)
        #expect(flags.count == (fires ? 1 : 0))
        if fires {
            #expect(flags[0].value == .rate(Rational(7, 10)))
            #expect(flags[0].threshold == .rate(Rational(8, 10)))
            // The last three fields of the default list are the missing ones, named.
            #expect(flags[0].message.contains("timeline_expectation, commitments, competitive_context"))
            #expect(flags[0].message.contains("AE Bob"))
        }
    }

    @Test func noEarlyEngagementOnlyWithEvents() {
        let quiet = F.make("A1", daysSinceClose: 7, day7Engaged: false)
        let engaged = F.make("A2", daysSinceClose: 7, day7Engaged: true)
        let tooEarly = F.make("A3", daysSinceClose: 6, day7Engaged: nil)
        let flags = F.flags([quiet, engaged, tooEarly], rule: .noEarlyEngagement, hasEvents: true)
        #expect(flags.map(\.key) == ["A1"])
        #expect(flags.first?.value == .days(0))
        #expect(flags.first?.threshold == .days(1))
        #expect(F.flags([quiet], rule: .noEarlyEngagement, hasEvents: false).isEmpty)
    }

    @Test func accountWithoutCSMSaysSoAndFlagsCarryItsSegment() {
        let flags = F.flags([F.make("A1", daysSinceClose: 25, daysSinceProgress: 10, csm: "")], rule: .stalled)
        #expect(flags.first?.csm == "")
        #expect(flags.first?.segment == "smb")
        #expect(flags.first?.message.contains("no CSM assigned") == true)
    }

    @Test func flagsSortCriticalFirstThenRuleThenKeyInByteOrder() {
        let cases = [
            F.make("b", daysSinceClose: 40, daysSinceProgress: 8),   // stalled warning + both overdue
            F.make("B", daysSinceClose: 20, daysSinceProgress: 20),  // stalled critical + fv overdue
            F.make("a", daysSinceClose: 10, daysSinceProgress: 14),  // stalled critical
        ]
        let order = F.views(cases).redFlags.map { "\($0.severity.rawValue) \($0.rule.rawValue) \($0.key)" }
        #expect(order == [
            "critical onboarding_overdue b",
            "critical stalled B",
            "critical stalled a",
            "warning first_value_overdue B",
            "warning first_value_overdue b",
            "warning stalled b",
        ])
    }
}
