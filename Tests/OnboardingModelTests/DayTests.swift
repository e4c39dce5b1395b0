import Testing
@testable import OnboardingModel

/// `Day`: civil dates, day arithmetic, ISO weekdays and weeks.
struct DayTests {
    private func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

    @Test func knownOrdinals() {
        #expect(day(1970, 1, 1).ordinal == 0)
        #expect(day(1969, 12, 31).ordinal == -1)
        // 30 years of 365 days plus 7 leap days (72, 76, 80, 84, 88, 92, 96).
        #expect(day(2000, 1, 1).ordinal == 10_957)
        // + 31 (January) + 29 (February of the leap year 2000).
        #expect(day(2000, 3, 1).ordinal == 11_017)
        #expect(day(1, 1, 1).ordinal == -719_162)
        #expect(day(9999, 12, 31).ordinal == 2_932_896)
    }

    @Test func civilRoundTripOverFourCenturies() {
        // Walk every civil date from 1600 to 2400 with an independent month
        // table; the ordinal must step by exactly one and map back.
        var expected = day(1600, 1, 1).ordinal
        for year in 1600...2400 {
            for month in 1...12 {
                let length = [31, Day.isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
                for d in 1...length {
                    let value = Day(year: year, month: month, day: d)
                    guard value?.ordinal == expected else {
                        let found = String(describing: value?.ordinal)
                        Issue.record("\(year)-\(month)-\(d) has ordinal \(found), expected \(expected)")
                        return
                    }
                    let c = Day(ordinal: expected).components
                    guard c == (year, month, d) else {
                        Issue.record("ordinal \(expected) reads back as \(c)")
                        return
                    }
                    expected += 1
                }
            }
        }
    }

    @Test(arguments: [(1900, false), (2000, true), (2024, true), (2023, false), (2100, false), (2400, true), (1600, true)])
    func leapYears(year: Int, leap: Bool) {
        #expect(Day.isLeap(year) == leap)
        #expect((Day(year: year, month: 2, day: 29) != nil) == leap)
        #expect(day(year, 2, 1).daysInMonth == (leap ? 29 : 28))
    }

    @Test(arguments: [(2025, 2, 30), (2025, 2, 29), (2025, 4, 31), (2025, 13, 1), (2025, 0, 10),
                      (2025, 1, 0), (2025, 1, 32), (0, 1, 1), (10_000, 1, 1), (1900, 2, 29)])
    func impossibleDates(year: Int, month: Int, d: Int) {
        #expect(Day(year: year, month: month, day: d) == nil)
    }

    @Test func isoTextParsing() {
        #expect(Day(iso: "2025-02-03") == day(2025, 2, 3))
        #expect(Day(iso: "2024-02-29") == day(2024, 2, 29))
        for bad in ["2025-02-30", "2025-2-3", "2025/02/03", "2025-02-03T00:00", "", "20250203", "2025-0a-03", "+025-02-03"] {
            #expect(Day(iso: bad) == nil, "\(bad) parsed")
        }
    }

    @Test func textForms() {
        #expect(day(2026, 11, 2).description == "2026-11-02")
        #expect(day(999, 1, 5).description == "0999-01-05")
        #expect(day(2026, 3, 9).monthKey == "2026-03")
    }

    @Test(arguments: [
        ((1970, 1, 1), 4),    // a Thursday
        ((1969, 12, 31), 3),  // negative ordinal: Wednesday
        ((1969, 12, 29), 1),  // Monday
        ((2000, 1, 1), 6),    // Saturday
        ((2026, 11, 22), 7),  // Sunday
        ((2026, 11, 23), 1),  // Monday
        ((1, 1, 1), 1),       // proleptic Gregorian 0001-01-01 was a Monday
    ])
    func isoWeekday(date: (Int, Int, Int), weekday: Int) {
        #expect(day(date.0, date.1, date.2).isoWeekday == weekday)
    }

    @Test(arguments: [
        ((2020, 12, 31), 2020, 53),  // Thursday of a 53-week year
        ((2021, 1, 3), 2020, 53),    // Sunday still in 2020's last week
        ((2021, 1, 4), 2021, 1),     // first Monday of 2021 opens W01
        ((2019, 12, 30), 2020, 1),   // Monday whose Thursday is 2020-01-02
        ((2008, 12, 29), 2009, 1),
        ((2016, 1, 1), 2015, 53),
        ((2026, 1, 1), 2026, 1),     // a Thursday: week 1 by definition
        ((2025, 12, 29), 2026, 1),   // its Monday
        ((2026, 11, 16), 2026, 47),  // (322 days after 2025-12-29) / 7 = 46 → W47
        ((2026, 12, 31), 2026, 53),  // 2026 starts on Thursday: 53 weeks
        ((2027, 1, 4), 2027, 1),
    ])
    func isoWeek(date: (Int, Int, Int), year: Int, week: Int) {
        let w = day(date.0, date.1, date.2).isoWeek
        #expect(w.year == year)
        #expect(w.week == week)
    }

    @Test func monthBounds() {
        #expect(day(2024, 2, 15).firstOfMonth == day(2024, 2, 1))
        #expect(day(2024, 2, 15).lastOfMonth == day(2024, 2, 29))
        #expect(day(1900, 2, 10).lastOfMonth == day(1900, 2, 28))
        #expect(day(2026, 12, 31).firstOfMonth == day(2026, 12, 1))
        #expect(day(2026, 12, 1).lastOfMonth == day(2026, 12, 31))
        #expect(day(2026, 4, 30).lastOfMonth == day(2026, 4, 30))
        #expect(day(2026, 4, 1).daysInMonth == 30)
    }

    @Test func arithmetic() {
        #expect(day(2026, 3, 1) - day(2026, 2, 1) == 28)
        #expect(day(2024, 3, 1) - day(2024, 2, 1) == 29)
        #expect(day(2026, 2, 1) - day(2026, 3, 1) == -28)
        #expect(day(2026, 12, 31) + 1 == day(2027, 1, 1))
        #expect(day(2027, 1, 1) - 1 == day(2026, 12, 31))
        #expect(day(2024, 2, 28) + 2 == day(2024, 3, 1))
        #expect(day(2026, 1, 10) + (-10) == day(2025, 12, 31))
        // days(close, S) of the spec: a deal closed on S is 0 days old.
        #expect(day(2026, 11, 22) - day(2026, 11, 22) == 0)
        #expect(day(2026, 1, 1) < day(2026, 1, 2))
    }
}

struct DayTableTests {
    @Test func componentsAndConstructionAgreeWithTheFormulaOnEveryDayFrom1899To2201() {
        // The month-start table covers 1900-2199; both sides of its edges too.
        let first = Day(year: 1899, month: 12, day: 1)!.ordinal, last = Day(year: 2200, month: 2, day: 1)!.ordinal
        for ordinal in first...last {
            let day = Day(ordinal: ordinal)
            let c = day.components
            let expected = Day.civilFromDays(Int(ordinal))
            guard c == expected, Day(year: c.year, month: c.month, day: c.day) == day else {
                Issue.record("ordinal \(ordinal): \(c) against \(expected)")
                return
            }
        }
        #expect(Day(year: 2024, month: 2, day: 30) == nil)
        #expect(Day(year: 2100, month: 2, day: 29) == nil)
        #expect(Day(year: 2000, month: 2, day: 29) != nil)
    }
}
