import Testing
@testable import OnboardingModel

/// `ReportWindow`: the last complete period on or before the as-of day (SPEC §2, §7).
struct ReportWindowTests {
    private func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let period: Period
        let asOf: (Int, Int, Int)
        let start: (Int, Int, Int)
        let end: (Int, Int, Int)
        let label: String
        var testDescription: String { name }
    }

    @Test(arguments: [
        Case(name: "week, as-of a Sunday", period: .week, asOf: (2026, 11, 22),
             start: (2026, 11, 16), end: (2026, 11, 22), label: "2026-W47"),
        Case(name: "week, as-of the next Monday", period: .week, asOf: (2026, 11, 23),
             start: (2026, 11, 16), end: (2026, 11, 22), label: "2026-W47"),
        Case(name: "week, as-of a Saturday", period: .week, asOf: (2026, 11, 28),
             start: (2026, 11, 16), end: (2026, 11, 22), label: "2026-W47"),
        Case(name: "week, as-of the following Sunday", period: .week, asOf: (2026, 11, 29),
             start: (2026, 11, 23), end: (2026, 11, 29), label: "2026-W48"),
        // Last Sunday ≤ 2021-01-05 is 2021-01-03; its Monday 2020-12-28 is in 2020-W53.
        Case(name: "week across a year end", period: .week, asOf: (2021, 1, 5),
             start: (2020, 12, 28), end: (2021, 1, 3), label: "2020-W53"),
        // Monday 2019-12-30 belongs to ISO year 2020.
        Case(name: "week labelled by next ISO year", period: .week, asOf: (2020, 1, 5),
             start: (2019, 12, 30), end: (2020, 1, 5), label: "2020-W01"),
        Case(name: "month, mid-month", period: .month, asOf: (2026, 11, 22),
             start: (2026, 10, 1), end: (2026, 10, 31), label: "2026-10"),
        Case(name: "month, on its last day", period: .month, asOf: (2026, 10, 31),
             start: (2026, 10, 1), end: (2026, 10, 31), label: "2026-10"),
        Case(name: "month, on the first", period: .month, asOf: (2026, 11, 1),
             start: (2026, 10, 1), end: (2026, 10, 31), label: "2026-10"),
        Case(name: "month, February of a common year", period: .month, asOf: (2026, 3, 1),
             start: (2026, 2, 1), end: (2026, 2, 28), label: "2026-02"),
        Case(name: "month, leap February's last day", period: .month, asOf: (2024, 2, 29),
             start: (2024, 2, 1), end: (2024, 2, 29), label: "2024-02"),
        Case(name: "month across a year end", period: .month, asOf: (2026, 1, 15),
             start: (2025, 12, 1), end: (2025, 12, 31), label: "2025-12"),
        Case(name: "day", period: .day, asOf: (2026, 11, 22),
             start: (2026, 11, 22), end: (2026, 11, 22), label: "2026-11-22"),
    ])
    func windows(_ c: Case) {
        let w = ReportWindow(period: c.period, asOf: day(c.asOf.0, c.asOf.1, c.asOf.2))
        #expect(w.start == day(c.start.0, c.start.1, c.start.2))
        #expect(w.end == day(c.end.0, c.end.1, c.end.2))
        #expect(w.snapshot == w.end)
        #expect(w.label == c.label)
    }

    @Test func priorWindows() {
        let week = ReportWindow(period: .week, asOf: day(2026, 11, 22)).prior
        #expect(week.start == day(2026, 11, 9))
        #expect(week.end == day(2026, 11, 15))
        #expect(week.label == "2026-W46")

        let yearEndWeek = ReportWindow(period: .week, asOf: day(2021, 1, 5)).prior
        #expect(yearEndWeek.label == "2020-W52")
        #expect(yearEndWeek.end == day(2020, 12, 27))

        let month = ReportWindow(period: .month, asOf: day(2026, 11, 22)).prior
        #expect(month.start == day(2026, 9, 1))
        #expect(month.end == day(2026, 9, 30))
        #expect(month.label == "2026-09")

        let january = ReportWindow(period: .month, asOf: day(2026, 2, 10)).prior
        #expect(january.label == "2025-12")

        let d = ReportWindow(period: .day, asOf: day(2026, 3, 1)).prior
        #expect(d.label == "2026-02-28")
        #expect(d.period == .day)
    }

    @Test func containsIsInclusive() {
        let w = ReportWindow(period: .week, asOf: day(2026, 11, 22))
        #expect(w.contains(day(2026, 11, 16)))
        #expect(w.contains(day(2026, 11, 22)))
        #expect(!w.contains(day(2026, 11, 15)))
        #expect(!w.contains(day(2026, 11, 23)))
    }
}
