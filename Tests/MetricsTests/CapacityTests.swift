import Metrics
import OnboardingModel
import Testing

/// Required FTE now and by Little's law per forecast month (SPEC §5 "Capacity").
@Suite struct CapacityTests {
    typealias F = OperationalFixtures

    @Test func nowRowUsesActiveAccountsAndAssignedFTE() {
        // 30 active mid_market at 25 per CSM: required exactly 1.2.
        let cases = CSMPortfolioTests.active(30, csm: "Raj", segment: F.midMarket)
        let csms = [CSMRecord(name: "Raj", fte: .one, segmentIndex: F.midMarket),
                    CSMRecord(name: "Sam", fte: Rational(1, 2), segmentIndex: F.midMarket),
                    CSMRecord(name: "Eve", fte: .one, segmentIndex: F.smb)]
        let rows = F.views(cases, csms: csms).capacity
        #expect(rows.map(\.segmentIndex) == [0, 1, 2])
        let mid = rows[1]
        #expect(mid.month == nil && mid.active == 30)
        #expect(mid.requiredFTE == Rational(6, 5))
        #expect(mid.assignedFTE == Rational(3, 2))
        #expect(mid.gapFTE == Rational(-3, 10))
        // Enterprise: no actives, no CSMs: 0 required, 0 assigned.
        #expect(rows[0].requiredFTE == .zero && rows[0].assignedFTE == .zero)
    }

    @Test func withoutCSMsAssignedAndGapAreEmpty() {
        let rows = F.views([]).capacity
        #expect(rows.count == 3)
        #expect(rows.allSatisfy { $0.assignedFTE == nil && $0.gapFTE == nil })
    }

    @Test func forecastInAFebruaryOf28DaysFallsBackToTheWindow() {
        // Fewer than min_group_size completions: W = mid_market window 45.
        // 14 deals / 28 days × 45 = 22.5 concurrent; / 25 = 0.9 FTE.
        let forecast = [ForecastRecord(segmentIndex: F.midMarket, month: Day(iso: "2027-02-01")!, deals: Rational(14))]
        let rows = F.views([], forecast: forecast).capacity.filter { $0.segmentIndex == F.midMarket }
        #expect(rows.count == 2)
        let feb = rows[1]
        #expect(feb.month == Day(iso: "2027-02-01"))
        #expect(feb.wDays == Rational(45))
        #expect(feb.concurrent == Rational(45, 2))
        #expect(feb.requiredFTE == Rational(9, 10))
    }

    @Test func forecastOfSixteenDigitDealsDoesNotTrap() {
        // The issue: deals 3.3333333333333335 trapped the exact arithmetic. Read to 9 places it
        // is 3333333333/10^9; Feb 2027 has 28 days, W = mid_market window 45, 25 per CSM:
        // concurrent = 3333333333 × 45 / (28 × 10^9) = 29999999997 / 5600000000,
        // required = that / 25 = 29999999997 / 140000000000.
        let deals = Rational(decimal: "3.3333333333333335")!
        let forecast = [ForecastRecord(segmentIndex: F.midMarket, month: Day(iso: "2027-02-01")!, deals: deals)]
        let feb = F.views([], forecast: forecast).capacity.filter { $0.segmentIndex == F.midMarket }[1]
        #expect(feb.concurrent == Rational(29_999_999_997, 5_600_000_000))
        #expect(feb.requiredFTE == Rational(29_999_999_997, 140_000_000_000))
    }

    @Test func wIsTheMeanOnboardingDurationOfTheLastYear() {
        // Five smb completions in the last 365 days after 10, 20, 30, 40, 50 days: W = 30.
        // One completed 400 days ago (after 2 days) is outside the year and ignored.
        var cases = [10, 20, 30, 40, 50].enumerated().map { i, d in
            F.make("C\(i)", daysSinceClose: d + 5, status: .complete, firstValueAfter: 1, completedAfter: d)
        }
        cases.append(F.make("Old", daysSinceClose: 402, status: .complete, firstValueAfter: 1, completedAfter: 2))
        // 7.5 deals in a 31-day month: 7.5 / 31 × 30 = 225/31 concurrent; / 75 = 3/31 FTE.
        let forecast = [ForecastRecord(segmentIndex: F.smb, month: Day(iso: "2027-01-01")!, deals: Rational(15, 2))]
        let jan = F.views(cases, forecast: forecast).capacity.first { $0.month != nil }!
        #expect(jan.wDays == Rational(30))
        #expect(jan.concurrent == Rational(225, 31))
        #expect(jan.requiredFTE == Rational(3, 31))
    }

    @Test func forecastMonthsAreSortedWithinTheirSegment() {
        let forecast = [ForecastRecord(segmentIndex: F.smb, month: Day(iso: "2027-03-01")!, deals: Rational(1)),
                        ForecastRecord(segmentIndex: F.smb, month: Day(iso: "2027-01-01")!, deals: Rational(1))]
        let months = F.views([], forecast: forecast).capacity.compactMap(\.month).map(\.monthKey)
        #expect(months == ["2027-01", "2027-03"])
    }
}
