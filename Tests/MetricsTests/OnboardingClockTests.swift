import OnboardingModel
import Testing
@testable import Metrics

/// The onboarding clock and business days (SPEC §5 "The clock"), hand-computed.
/// S = 2025-06-30, a Monday.
struct OnboardingClockTests {
    private func day(_ m: Int, _ d: Int) -> Day { Day(year: 2025, month: m, day: d)! }

    @Test func withoutCustomerHoldsNetIsCalendarDays() {
        let clock = OnboardingClock(holds: [OnboardingHold(start: day(6, 5), end: day(6, 9), owner: .vendor)])
        #expect(clock.isCalendar)
        #expect(clock.net(from: day(6, 1), to: day(6, 30)) == 29)
        #expect(OnboardingClock.calendar.net(from: day(6, 1), to: day(6, 30)) == 29)
    }

    /// Customer holds [06-05, 06-10) and [06-08, 06-15) overlap: merged they cover 06-05 … 06-14,
    /// 10 days, each counted once. The vendor hold [06-20, 06-25) is not subtracted.
    /// net(06-01, 06-30) = 29 − 10 = 19.
    @Test func overlappingCustomerHoldsCountEachDayOnceAndVendorHoldsNotAtAll() {
        let clock = OnboardingClock(holds: [
            OnboardingHold(start: day(6, 8), end: day(6, 15)),
            OnboardingHold(start: day(6, 5), end: day(6, 10)),
            OnboardingHold(start: day(6, 20), end: day(6, 25), owner: .vendor),
        ])
        #expect(clock.heldDays(from: day(6, 1), to: day(6, 30)) == 10)
        #expect(clock.net(from: day(6, 1), to: day(6, 30)) == 19)
        // The end day is the day work resumed: not covered.
        #expect(clock.holdRun(covering: day(6, 14))?.start == day(6, 5))
        #expect(clock.holdRun(covering: day(6, 14))?.end == day(6, 15))
        #expect(clock.holdRun(covering: day(6, 15)) == nil)
    }

    /// Open hold from 06-25: through S it covers 06-25 … 06-30; [close, S) holds 5 of those days.
    @Test func openHoldCoversThroughTheSnapshot() {
        let clock = OnboardingClock(holds: [OnboardingHold(start: day(6, 25))])
        #expect(clock.heldDays(from: day(6, 1), to: day(6, 30)) == 5)
        #expect(clock.holdRun(covering: day(6, 30))?.start == day(6, 25))
        #expect(clock.holdRun(covering: day(6, 30)).map { $0.end == nil } == true)
    }

    /// Last progress Friday 06-20, S Monday 06-30: days 06-21 … 06-30 are 10 calendar days;
    /// business days leave out two weekends (21, 22, 28, 29): 23, 24, 25, 26, 27, 30 = 6;
    /// with 06-26 a holiday, 5. A customer hold [06-24, 06-25) takes one more: 4.
    @Test func businessDaysSkipWeekendsHolidaysAndCustomerHolds() {
        let plain = BusinessCalendar(weekend: [6, 7], holidays: [])
        #expect(plain.businessDays(after: day(6, 20), through: day(6, 30)) == 6)
        let withHoliday = BusinessCalendar(weekend: [6, 7], holidays: [day(6, 26), day(6, 28)])
        // 06-28 is a Saturday: a holiday on a weekend day is not subtracted twice.
        #expect(withHoliday.businessDays(after: day(6, 20), through: day(6, 30)) == 5)
        let held = OnboardingClock(holds: [OnboardingHold(start: day(6, 24), end: day(6, 25))])
        #expect(withHoliday.businessDays(after: day(6, 20), through: day(6, 30), clock: held) == 4)
        #expect(withHoliday.businessDays(after: day(6, 30), through: day(6, 30)) == 0)
        // A long stretch: 2025-01-01 (Wed) to 2025-12-31: 261 weekdays in 2025, 06-26 a holiday.
        #expect(withHoliday.businessDays(after: day(1, 1) - 1, through: Day(year: 2025, month: 12, day: 31)!) == 260)
    }
}
