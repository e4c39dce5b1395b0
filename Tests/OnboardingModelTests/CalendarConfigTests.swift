import Testing
@testable import OnboardingModel

/// `stall.unit`, `calendar` and `hold` (SPEC §4): read, defaults, and errors naming the key path.
struct CalendarConfigTests {
    @Test func readsBusinessDaysAndHolds() throws {
        let config = try ConfigLoader.load(yaml: """
            stall: {days: 5, unit: business}
            calendar: {weekend: [Friday, sat], holidays: [2026-12-25, 2027-01-01]}
            hold: {max_days: 21}
            data: {holds: pauses.csv}
            """, source: "onboarding.yaml")
        #expect(config.stall.unit == .business)
        #expect(config.calendar.weekend == [5, 6])
        #expect(config.calendar.holidays == [Day(year: 2026, month: 12, day: 25)!, Day(year: 2027, month: 1, day: 1)!])
        #expect(config.hold.maxDays == 21)
        #expect(config.data.holds == "pauses.csv")
    }

    @Test func defaults() {
        let config = Config()
        #expect(config.stall.unit == .calendar && config.calendar.weekend == [6, 7])
        #expect(config.calendar.holidays.isEmpty && config.hold.maxDays == 30 && config.data.holds == "holds.csv")
    }

    @Test(arguments: [
        ConfigErrorCase("bad holiday", "calendar: {holidays: [2026-12-25, 2026-02-30]}",
                        #"calendar.holidays[1] must be a date written YYYY-MM-DD such as 2026-12-25, found "2026-02-30""#),
        ConfigErrorCase("bad weekday", "calendar: {weekend: [saturday, sundy]}",
                        #"calendar.weekend[1] must be a weekday name (monday … sunday), found "sundy"; did you mean sunday?"#),
        ConfigErrorCase("bad unit", "stall: {unit: weekdays}",
                        #"stall.unit must be calendar or business, found "weekdays""#),
        ConfigErrorCase("every day a weekend",
                        "calendar: {weekend: [monday, tuesday, wednesday, thursday, friday, saturday, sunday]}",
                        "calendar.weekend names every day of the week; leave at least one business day"),
        ConfigErrorCase("zero hold days", "hold: {max_days: 0}", "hold.max_days must be at least 1 day, found 0"),
        ConfigErrorCase("unknown hold key", "hold: {days: 3}", "unknown key hold.days; the keys here are max_days"),
    ])
    func errorsNameTheKeyPath(_ c: ConfigErrorCase) {
        expectLoadError(c.yaml, c.message)
    }
}
