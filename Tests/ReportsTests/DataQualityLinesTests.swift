import OnboardingModel
@testable import Reports
import Testing

/// Run-wide data-quality sentences (SPEC §3 "Robustness", §7 data quality).
struct DataQualityLinesTests {
    private static let today = Day(iso: "2026-11-23")!

    private static func lines(asOf: String, period: Period = .week, asOfGiven: Bool = false, afterToday: Int = 0,
                              newest: String? = nil, handoffFields: [String] = Config().handoff.fields,
                              active: Bool = true) -> [String] {
        var data = IngestedData(accounts: [])
        data.datesAfterToday = afterToday
        data.newestAfterToday = newest.map { Day(iso: $0)! }
        var config = Config()
        config.handoff.fields = handoffFields
        return DataQualityLines.lines(window: ReportWindow(period: period, asOf: Day(iso: asOf)!), today: today,
                                      asOfGiven: asOfGiven, data: data, config: config, windowHasActivity: active)
    }

    @Test func nothingToSayIsNoLine() {
        #expect(Self.lines(asOf: "2026-11-23").isEmpty)
    }

    @Test func asOfAfterTodayIsNamed() {
        #expect(Self.lines(asOf: "2026-11-24", asOfGiven: true)
            == ["The as-of date 2026-11-24 is after today (2026-11-23); figures past today count only what the "
                + "exports already hold."])
        // Today itself is not after today.
        #expect(Self.lines(asOf: "2026-11-23", asOfGiven: true).isEmpty)
    }

    @Test func datesAfterTodayAreNamedOnlyUnderTheDefaultAsOf() {
        let line = "3 dates after today (newest 2031-04-01) were left out when picking the as-of date; "
            + "pass --as-of to report on a later day."
        #expect(Self.lines(asOf: "2026-11-23", afterToday: 3, newest: "2031-04-01") == [line])
        #expect(Self.lines(asOf: "2026-11-23", asOfGiven: true, afterToday: 3, newest: "2031-04-01").isEmpty)
        #expect(DataQualityLines.afterToday(count: 1, newest: Day(iso: "2027-01-01")!)
            == "1 date after today (newest 2027-01-01) was left out when picking the as-of date; "
            + "pass --as-of to report on a later day.")
    }

    @Test(arguments: [
        (Period.week, "2026-11-12", "the week 2026-W45 has no activity; did you mean --period month or another --as-of?"),
        (.day, "2026-11-12", "the day 2026-11-12 has no activity; did you mean --period week or another --as-of?"),
        (.month, "2026-11-12", "the month 2026-10 has no activity; did you mean another --as-of?"),
    ])
    func quietWindowSuggestsAWiderPeriod(_ period: Period, _ asOf: String, _ phrase: String) throws {
        let line = try #require(Self.lines(asOf: asOf, period: period, active: false).first)
        #expect(line.contains(phrase))
    }

    @Test func absentHandoffDataIsSaid() {
        #expect(Self.lines(asOf: "2026-11-23", handoffFields: []) == [DataQualityLines.handoffAbsent])
    }
}
