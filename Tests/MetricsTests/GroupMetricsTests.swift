import OnboardingModel
import Testing
@testable import Metrics

/// Group metrics over hand-built accounts at S = 2025-06-30.
/// Segment `big`: TTV target 10, window 30; `small`: target 7, window 14.
struct GroupMetricsTests {
    @Test func emptyGroupHasZeroCountsAndNoRates() {
        let m = Fixture.metrics([], events: true, surveys: true)
        #expect(m == GroupMetrics())
        #expect(m.ttvMedianDays == nil && m.stallRate == nil && m.handoffQuality == nil)
        #expect(m.day7EngagementRate == nil && m.onboardingNPS == nil)
    }

    @Test func statusCountsAndStallRate() {
        let accounts = [
            Fixture.account("stalled", closedDaysAgo: 20, steps: [.done(13), .pending, .pending]),  // 7 days: stalled
            Fixture.account("moving", closedDaysAgo: 20, steps: [.done(14), .pending, .pending]),   // 6 days: not
            Fixture.account("fresh", closedDaysAgo: 2),                                               // 2 days: not
            Fixture.account("done", closedDaysAgo: 40, steps: [.done(1), .done(2), .done(3)]),      // complete
            Fixture.account("gone", closedDaysAgo: 40, churn: 10),                                    // churned
            Fixture.account("future", closedDaysAgo: -3),                                             // after S: excluded
        ]
        let m = Fixture.metrics(accounts)
        #expect(m.accounts == 5)
        #expect((m.active, m.complete, m.churned) == (3, 1, 1))
        #expect(m.stalled == 1)
        #expect(m.stallRate == Rational(1, 3))                  // 1 stalled ÷ 3 active
        #expect(m.stallRate?.formatted(places: 4) == "0.3333")
    }

    @Test func stallRateIsEmptyWithoutActiveAccounts() {
        let m = Fixture.metrics([Fixture.account(closedDaysAgo: 40, steps: [.done(1), .done(2), .done(3)])])
        #expect(m.active == 0)
        #expect(m.stallRate == nil)
    }

    @Test func ttvWithinTarget() {
        // Target 10 (big). Eligible: days since close ≥ 10.
        let accounts = [
            Fixture.account("hit", closedDaysAgo: 40, steps: [.done(1), .done(10), .pending]),      // TTV 10: hit
            Fixture.account("late", closedDaysAgo: 40, steps: [.done(1), .done(11), .pending]),     // TTV 11: miss
            Fixture.account("skip", closedDaysAgo: 40, steps: [.done(1), .skipped, .done(5)]),      // no TTV: miss
            Fixture.account("none", closedDaysAgo: 10, steps: [.done(1), .pending, .pending]),      // no TTV yet: miss
            Fixture.account("young", closedDaysAgo: 9, steps: [.done(1), .done(3), .pending]),      // not eligible
            Fixture.account("later", closedDaysAgo: 12, steps: [.done(1), .done(13), .pending]),    // FV after S: miss
        ]
        let m = Fixture.metrics(accounts)
        #expect(m.ttvN == 3)                                    // hit 10, late 11, young 3
        #expect(m.ttvMedianDays == Rational(10))                // [3, 10, 11]: h = 1
        #expect(m.ttvP90Days == Rational(54, 5))                // h = 1.8 → 10 + 0.8·1 = 10.8
        #expect(m.ttvWithinTargetRate == Rational(1, 5))        // 1 hit of 5 eligible
        #expect(m.ttvWithinTargetRate?.formatted(places: 4) == "0.2000")
    }

    @Test func ttvWithinTargetUsesEachAccountsSegmentTarget() {
        // TTV 8 hits big's target 10 but misses small's 7.
        let accounts = [
            Fixture.account("b", segment: Fixture.big, closedDaysAgo: 40, steps: [.done(1), .done(8), .pending]),
            Fixture.account("s", segment: Fixture.small, closedDaysAgo: 40, steps: [.done(1), .done(8), .pending]),
        ]
        #expect(Fixture.metrics(accounts).ttvWithinTargetRate == Rational(1, 2))
    }

    @Test func completionRate() {
        // Window 30 (big). Eligible: days since close ≥ 30.
        let accounts = [
            Fixture.account("ontime", closedDaysAgo: 40, steps: [.done(1), .done(2), .done(30)]),   // hit
            Fixture.account("late", closedDaysAgo: 40, steps: [.done(1), .done(2), .done(31)]),     // miss
            Fixture.account("open", closedDaysAgo: 30, steps: [.done(1), .done(2), .pending]),      // miss
            Fixture.account("allskip", closedDaysAgo: 35, steps: [.skipped, .skipped, .skipped]),   // hit (day 0)
            Fixture.account("churned", closedDaysAgo: 60, churn: 10),                                 // miss
            Fixture.account("young", closedDaysAgo: 29, steps: [.done(1), .done(2), .done(5)]),     // not eligible
        ]
        let m = Fixture.metrics(accounts)
        #expect(m.completionRate == Rational(2, 5))
        #expect(m.complete == 4)                                // ontime, late, allskip, young
    }

    @Test func completionRateOverTwoThirdsRoundsUp() {
        // 2 of 3 eligible on time: 0.666… → "0.6667".
        let accounts = [
            Fixture.account("a", closedDaysAgo: 40, steps: [.done(1), .done(2), .done(3)]),
            Fixture.account("b", closedDaysAgo: 40, steps: [.done(1), .done(2), .done(4)]),
            Fixture.account("c", closedDaysAgo: 40),
        ]
        #expect(Fixture.metrics(accounts).completionRate?.formatted(places: 4) == "0.6667")
    }

    @Test func milestoneVelocity() {
        let accounts = [
            Fixture.account("two", closedDaysAgo: 40, steps: [.done(4), .done(10), .pending]),      // 10 days, 2
            Fixture.account("one", closedDaysAgo: 40, steps: [.done(4), .skipped, .pending]),       // 4 days, 1
            Fixture.account("zero", closedDaysAgo: 40, steps: [.skipped, .pending, .pending]),      // excluded
            Fixture.account("future", closedDaysAgo: 5, steps: [.done(6), .pending, .pending]),     // after S: excluded
        ]
        // (10 + 4) ÷ (2 + 1) = 14/3 ≈ 4.6667.
        #expect(Fixture.metrics(accounts).milestoneVelocityDays == Rational(14, 3))
        #expect(Fixture.metrics([accounts[2], accounts[3]]).milestoneVelocityDays == nil)
    }

    @Test func handoffQualityIsTheMeanScore() {
        // Scores 1, 3/7 (goals missing), 0: mean (1 + 3/7 + 0) ÷ 3 = 10/21.
        let accounts = [
            Fixture.account("full", closedDaysAgo: 3, handoff: [true, true, true]),
            Fixture.account("part", closedDaysAgo: 3, handoff: [false, true, true]),
            Fixture.account("none", closedDaysAgo: 3, handoff: [false, false, false]),
        ]
        #expect(Fixture.metrics(accounts).handoffQuality == Rational(10, 21))
    }

    @Test func retention90d() {
        let accounts = [
            Fixture.account("kept", closedDaysAgo: 90),                       // eligible, no churn: retained
            Fixture.account("churn90", closedDaysAgo: 100, churn: 90),        // churned on day 90: retained
            Fixture.account("churn89", closedDaysAgo: 100, churn: 89),        // churned on day 89: lost
            Fixture.account("churnLater", closedDaysAgo: 120, churn: 125),    // churn after S: retained
            Fixture.account("young", closedDaysAgo: 89, churn: 10),           // not eligible
        ]
        #expect(Fixture.metrics(accounts).retention90dRate == Rational(3, 4))
        #expect(Fixture.metrics([accounts[4]]).retention90dRate == nil)
    }

    @Test func day7Engagement() {
        let accounts = [
            Fixture.account("close+6", closedDaysAgo: 10, firstEvent: 6),     // hit
            Fixture.account("close+7", closedDaysAgo: 10, firstEvent: 7),     // miss
            Fixture.account("none", closedDaysAgo: 10),                        // miss
            Fixture.account("young", closedDaysAgo: 6, firstEvent: 0),        // not eligible
        ]
        #expect(Fixture.metrics(accounts, events: true).day7EngagementRate == Rational(1, 3))
        #expect(Fixture.metrics(accounts, events: false).day7EngagementRate == nil)
        #expect(Fixture.metrics([accounts[3]], events: true).day7EngagementRate == nil)
    }

    @Test func onboardingNPS() {
        // Closed 30 days before S: responses at day ≤ 30 count, day 31 is after S.
        let accounts = [
            Fixture.account("a", closedDaysAgo: 30, surveys: [(5, 10), (6, 7), (31, 0)]),
            Fixture.account("b", closedDaysAgo: 30, surveys: [(30, 9), (10, 6), (2, 8), (3, 9)]),
            Fixture.account("c", closedDaysAgo: 30),
        ]
        // Counted: 10, 7, 9, 6, 8, 9 → promoters 10, 9, 9; passives 7, 8; detractor 6.
        // (3/6 − 1/6) × 100 = 100/3.
        #expect(Fixture.metrics(accounts, surveys: true).onboardingNPS == Rational(100, 3))
        #expect(Fixture.metrics(accounts, surveys: false).onboardingNPS == nil)
        #expect(Fixture.metrics([accounts[2]], surveys: true).onboardingNPS == nil)
    }

    @Test func onboardingNPSKeepsFractions() {
        // Scores 10, 6, 6: (1 − 2) ÷ 3 × 100 = −100/3 → "-33.3".
        let account = Fixture.account(closedDaysAgo: 30, surveys: [(1, 10), (2, 6), (3, 6)])
        let nps = Fixture.metrics([account], surveys: true).onboardingNPS
        #expect(nps == Rational(-100, 3))
        #expect(nps?.formatted(places: 1) == "-33.3")
    }

    @Test func accountsClosedAfterSnapshotChangeNothing() {
        let base = [
            Fixture.account("a", closedDaysAgo: 40, steps: [.done(1), .done(8), .done(20)], firstEvent: 2,
                            surveys: [(3, 10)]),
            Fixture.account("b", closedDaysAgo: 100, churn: 50, handoff: [false, true, false]),
        ]
        let future = Fixture.account("z", closedDaysAgo: -1, steps: [.done(0), .done(0), .done(0)],
                                     churn: 0, handoff: [false, false, false], firstEvent: 0, surveys: [(0, 0)])
        #expect(Fixture.metrics(base + [future], events: true, surveys: true)
                == Fixture.metrics(base, events: true, surveys: true))
    }
}
