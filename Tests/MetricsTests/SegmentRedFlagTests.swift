import Metrics
import OnboardingModel
import Testing

/// Segment rules of SPEC §6: thresholds, populations and min_group_size.
@Suite struct SegmentRedFlagTests {
    typealias F = OperationalFixtures

    /// smb accounts whose 30-day window ended in the last 90 days; `onTime` of
    /// them completed within it, the rest completed late.
    static func completionCases(total: Int, onTime: Int) -> [F.Case] {
        (0..<total).map { i in
            F.make("C\(i)", daysSinceClose: 40 + i, status: .complete, daysSinceProgress: 5,
                   firstValueAfter: 10, completedAfter: i < onTime ? 25 : 35)
        }
    }

    @Test(arguments: [
        // (accounts, on time, expected severity, expected threshold)
        (5, 3, nil, nil),                                   // 0.6 is not below 0.6
        (5, 2, RedFlag.Severity.critical, Rational(1, 2)),  // 0.4 < 0.5
        (10, 5, .warning, Rational(3, 5)),                  // 0.5 < 0.6 but not < 0.5
        (4, 0, nil, nil),                                   // one short of min_group_size
    ] as [(Int, Int, RedFlag.Severity?, Rational?)])
    func completionRateLow(total: Int, onTime: Int, severity: RedFlag.Severity?, threshold: Rational?) {
        let flags = F.flags(Self.completionCases(total: total, onTime: onTime), rule: .completionRateLow)
        #expect(flags.first?.severity == severity)
        #expect(flags.first?.threshold.value == threshold)
        if let flag = flags.first {
            #expect(flag.value == .rate(Rational(Int64(onTime), Int64(total))))
            #expect(flag.key == "smb" && flag.scope == .segment)
        }
    }

    @Test func completionPopulationIsWindowsEndedInTheLast90Days() {
        // Window ended 90 days ago or more (days since close ≥ 120): outside (S−90, S].
        let old = (0..<5).map { F.make("O\($0)", daysSinceClose: 120 + $0, status: .complete, completedAfter: 60) }
        #expect(F.flags(old, rule: .completionRateLow).isEmpty)
        // Window not yet ended (days since close < 30): not judged either.
        let young = (0..<5).map { F.make("Y\($0)", daysSinceClose: 29) }
        #expect(F.flags(young, rule: .completionRateLow).isEmpty)
    }

    static func ttvCases(_ ttvs: [Int], firstValueDaysAgo: Int = 10) -> [F.Case] {
        ttvs.enumerated().map { i, ttv in
            F.make("T\(i)", daysSinceClose: ttv + firstValueDaysAgo, status: .complete, daysSinceProgress: firstValueDaysAgo,
                   firstValueAfter: ttv, completedAfter: ttv)
        }
    }

    static var baseline15: Config {
        var config = Config()
        config.baselineTTVDays = ["smb": Rational(15)]
        return config
    }

    @Test(arguments: [
        // baseline 15 × 1.2 = 18.0
        ([16, 17, 18, 19, 20], false),        // median 18 = threshold
        ([16, 17, 18, 19, 20, 21], true),     // median 18.5
        ([17, 18, 19, 20], false),            // median 18.5 but only 4 accounts
    ])
    func ttvAboveBaseline(ttvs: [Int], fires: Bool) {
        let flags = F.flags(Self.ttvCases(ttvs), rule: .ttvAboveBaseline, config: Self.baseline15)
        #expect(flags.count == (fires ? 1 : 0))
        if fires {
            #expect(flags[0].value == .dayStatistic(Rational(37, 2)))
            #expect(flags[0].threshold == .dayStatistic(Rational(18)))
        }
    }

    @Test func ttvBaselineFallsBackToTheTTVTarget() {
        // smb target 14 × 1.2 = 16.8; median 17 fires without baseline.ttv_days.
        let flags = F.flags(Self.ttvCases([17, 17, 17, 17, 17]), rule: .ttvAboveBaseline)
        #expect(flags.first?.threshold == .dayStatistic(Rational(84, 5)))
    }

    @Test func ttvAboveBaselineOnlyCountsFirstValuesInTheLast90Days() {
        let old = Self.ttvCases([30, 30, 30, 30, 30], firstValueDaysAgo: 90)
        #expect(F.flags(old, rule: .ttvAboveBaseline).isEmpty)
    }

    /// Accounts reaching first value on the 15th of a month `monthsBack` before
    /// the snapshot's month, with the given TTVs.
    static func monthCases(_ prefix: String, monthsBack: Int, ttvs: [Int]) -> [F.Case] {
        var month = F.snapshotDay.firstOfMonth
        for _ in 0..<monthsBack { month = (month - 1).firstOfMonth }
        let firstValue = month + 14
        return ttvs.enumerated().map { i, ttv in
            let daysAgo = F.snapshotDay - firstValue
            return F.make("\(prefix)\(i)", daysSinceClose: ttv + daysAgo, status: .complete, daysSinceProgress: daysAgo,
                          firstValueAfter: ttv, completedAfter: ttv)
        }
    }

    @Test func ttvSustainedNeedsBothCompleteMonthsOverThreshold() {
        // S = 2026-11-22 (not a month end): the last two complete months are 2026-09 and 2026-10.
        // baseline 16 × 1.25 = 20.
        var config = Config()
        config.baselineTTVDays = ["smb": Rational(16)]
        let over = [21, 21, 22, 23, 25]     // median 22
        let under = [18, 19, 20, 21, 25]    // median 20: not above
        let both = Self.monthCases("S", monthsBack: 2, ttvs: over) + Self.monthCases("O", monthsBack: 1, ttvs: over)
        let flags = F.flags(both, rule: .ttvSustainedAboveBaseline, config: config)
        #expect(flags.map(\.severity) == [.critical])
        #expect(flags.first?.value == .dayStatistic(Rational(22)))
        #expect(flags.first?.threshold == .dayStatistic(Rational(20)))
        #expect(flags.first?.message.contains("2026-09") == true && flags.first?.message.contains("2026-10") == true)

        let oneUnder = Self.monthCases("S", monthsBack: 2, ttvs: over) + Self.monthCases("O", monthsBack: 1, ttvs: under)
        #expect(F.flags(oneUnder, rule: .ttvSustainedAboveBaseline, config: config).isEmpty)

        // The current, incomplete month does not count.
        let current = Self.monthCases("N", monthsBack: 0, ttvs: [5, 5, 5, 5, 5])
        #expect(F.flags(both + current, rule: .ttvSustainedAboveBaseline, config: config).count == 1)

        let short = Self.monthCases("S", monthsBack: 2, ttvs: over) + Self.monthCases("O", monthsBack: 1, ttvs: [30, 30, 30, 30])
        #expect(F.flags(short, rule: .ttvSustainedAboveBaseline, config: config).isEmpty)
    }

    @Test(arguments: [
        // (active, stalled, fires); stall_share_warning 0.15
        (20, 3, false),   // 0.15 is not above
        (20, 4, true),    // 0.20
        (4, 4, false),    // below min_group_size
    ])
    func stallShareHigh(active: Int, stalled: Int, fires: Bool) {
        let cases = (0..<active).map { i in F.make("S\(i)", daysSinceClose: 10, daysSinceProgress: i < stalled ? 8 : 1) }
        let flags = F.flags(cases, rule: .stallShareHigh)
        #expect(flags.count == (fires ? 1 : 0))
        if fires { #expect(flags[0].value == .rate(Rational(1, 5))) }
    }
}
