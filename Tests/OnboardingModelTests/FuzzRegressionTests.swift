import Testing
@testable import OnboardingModel

/// Calendar helpers just outside years 1...9999, where report windows step when the data
/// sits at the ends of that range (found by fuzz-ingest; see Tests/IngestTests).
struct FuzzRegressionTests {
    /// 0001-01-01, a Monday in the proleptic Gregorian calendar.
    static let yearOne = Day(year: 1, month: 1, day: 1)!

    @Test func monthOfTheDayBeforeYearOne() {
        let lastOfYearZero = Self.yearOne - 1
        // December of year 0 has 31 days: 0000-12-01 is 30 days before 0000-12-31.
        #expect(lastOfYearZero.firstOfMonth == lastOfYearZero - 30)
        #expect(lastOfYearZero.lastOfMonth == lastOfYearZero)
        #expect(lastOfYearZero.description == "0000-12-31")
    }

    @Test func monthOfTheDayAfterYear9999() {
        let firstOfYear10000 = Day(year: 9999, month: 12, day: 31)! + 1
        #expect(firstOfYear10000.firstOfMonth == firstOfYear10000)
        // January: the 31st is 30 days after the 1st.
        #expect(firstOfYear10000.lastOfMonth == firstOfYear10000 + 30)
    }

    @Test func weekWindowReachingIntoYearZero() {
        // As-of Wednesday 0001-01-03: the last Sunday is 0000-12-31, its Monday 0000-12-25.
        let window = ReportWindow(period: .week, asOf: Self.yearOne + 2)
        #expect(window.start == Self.yearOne - 7 && window.end == Self.yearOne - 1)
        // Year 0 (leap) began on a Saturday, so week 1 ran from Monday 0000-01-03; Thursday
        // 0000-12-28 is day 363, in week (363 - 6) / 7 + 1 = 52.
        #expect(window.label == "0000-W52")
        #expect(window.prior.end == Self.yearOne - 8)
    }
}
