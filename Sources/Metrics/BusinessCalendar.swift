import OnboardingModel

/// Business days for `stall.unit: business` (SPEC §5 "The clock"): days not in
/// `calendar.weekend`, not in `calendar.holidays` and not covered by a customer hold.
public struct BusinessCalendar: Sendable, Equatable {
    /// Bit `isoWeekday` (1 Monday … 7 Sunday) set for each weekend day.
    private let weekendBits: UInt8
    /// Holiday ordinals, ascending, without repeats.
    private let holidays: [Int32]

    /// - Parameters:
    ///   - weekend: ISO weekdays (1 Monday … 7 Sunday) that are not business days.
    ///   - holidays: days that are not business days, in any order.
    public init(weekend: [Int], holidays: [Day]) {
        weekendBits = weekend.reduce(0) { $0 | UInt8(1) << UInt8($1) }
        self.holidays = Array(Set(holidays.map(\.ordinal))).sorted()
    }

    public init(_ options: Config.CalendarOptions) {
        self.init(weekend: options.weekend, holidays: options.holidays)
    }

    /// The business days d with a < d ≤ b that no customer hold of `clock` covers.
    ///
    /// - Complexity: O(log h) per stretch of days, for h holidays (whole weeks are counted, not walked).
    public func businessDays(after a: Day, through b: Day, clock: OnboardingClock = .calendar) -> Int {
        guard b > a else { return 0 }
        var count = workdays(from: a + 1, to: b + 1)
        for held in clock.heldRanges(from: a + 1, to: b + 1) { count -= workdays(from: held.start, to: held.end) }
        return count
    }

    /// Whether `day` is a business day (ignoring holds).
    public func isBusinessDay(_ day: Day) -> Bool {
        !isWeekend(day) && !isHoliday(day)
    }

    /// Days d with low ≤ d < high that are neither weekend nor holiday.
    private func workdays(from low: Day, to high: Day) -> Int {
        let total = high - low
        guard total > 0 else { return 0 }
        let weekendPerWeek = weekendBits.nonzeroBitCount
        var count = (total / 7) * (7 - weekendPerWeek)
        var day = low + (total / 7) * 7
        while day < high {
            if !isWeekend(day) { count += 1 }
            day = day + 1
        }
        // Holidays that fall on a weekend day were not counted in the first place.
        var index = firstHoliday(atOrAfter: low)
        while index < holidays.count, holidays[index] < high.ordinal {
            if !isWeekend(Day(ordinal: holidays[index])) { count -= 1 }
            index += 1
        }
        return count
    }

    private func isWeekend(_ day: Day) -> Bool { weekendBits & (1 << UInt8(day.isoWeekday)) != 0 }

    private func isHoliday(_ day: Day) -> Bool {
        let index = firstHoliday(atOrAfter: day)
        return index < holidays.count && holidays[index] == day.ordinal
    }

    private func firstHoliday(atOrAfter day: Day) -> Int {
        var low = 0, high = holidays.count
        while low < high {
            let mid = (low + high) / 2
            if holidays[mid] < day.ordinal { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
