@testable import Ingest
import OnboardingModel
import Testing

/// SPEC §2 default as-of and §7 "rows dated after today".
struct NewestDateTests {
    @Test func datesAfterTodayAreCountedNotChosen() {
        var a = NewestDate(today: day("2026-11-23"))
        a.see(day("2026-11-23"))   // today itself may be the as-of
        a.see(day("2026-11-24"))   // one day later may not
        a.see(day("2031-04-01"))
        var b = NewestDate(today: day("2026-11-23"))
        b.see(day("2026-11-20"))
        b.see(day("2030-01-01"))
        a.merge(b)
        #expect(a.value == day("2026-11-23"))
        #expect(a.afterToday == 3)
        #expect(a.newestAfterToday == day("2031-04-01"))
    }

    @Test func nothingAfterTodayCountsNothing() {
        var a = NewestDate(today: day("2026-11-23"))
        a.see(day("2026-01-01"))
        #expect(a.afterToday == 0 && a.newestAfterToday == nil)
    }
}
