/// A calendar day in the proleptic Gregorian calendar, with no time zone.
///
/// Stored as days since 1970-01-01 so that `days(a, b)` is a subtraction and
/// a day costs four bytes. All day arithmetic in the product goes through this
/// type; nothing uses `Date` or `Calendar`, whose time zones would shift days.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before it).
    public let ordinal: Int32

    public init(ordinal: Int32) { self.ordinal = ordinal }

    /// The day with these civil components, or nil when they name no real day
    /// (`2025-02-30`, month 13). Years are limited to 1...9999.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1 else { return nil }
        // Exports parse ten million dates, nearly all of them in the table's years.
        let table = Day.monthStarts
        if year >= table.firstYear, year < table.firstYear + table.years {
            let index = (year - table.firstYear) * 12 + month - 1
            let start = table.ordinals[index]
            guard day <= Int(table.ordinals[index + 1] - start) else { return nil }
            self.ordinal = start + Int32(day - 1)
            return
        }
        guard day <= Day.daysIn(month: month, year: year) else { return nil }
        self.ordinal = Int32(Day.daysFromCivil(year: year, month: month, day: day))
    }

    /// The ordinal of the first day of every month from 1900 to 2199 (and of
    /// January 2200 after them), computed once from `daysFromCivil`.
    private static let monthStarts: (firstYear: Int, years: Int, ordinals: [Int32]) = {
        let firstYear = 1900, years = 300
        let ordinals = (0...(years * 12)).map { index in
            Int32(daysFromCivil(year: firstYear + index / 12, month: index % 12 + 1, day: 1))
        }
        return (firstYear, years, ordinals)
    }()

    public static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }

    /// `b - a` in calendar days: `days(a, b)` of the spec.
    public static func - (b: Day, a: Day) -> Int { Int(b.ordinal) - Int(a.ordinal) }
    public static func + (a: Day, n: Int) -> Day { Day(ordinal: a.ordinal + Int32(n)) }
    public static func - (a: Day, n: Int) -> Day { Day(ordinal: a.ordinal - Int32(n)) }

    public var components: (year: Int, month: Int, day: Int) {
        // Reports format millions of dates: inside the table's years the month
        // is found from the average month length, then corrected by a step.
        let table = Day.monthStarts
        let offset = Int(ordinal) - Int(table.ordinals[0])
        guard offset >= 0, ordinal < table.ordinals[table.ordinals.count - 1] else {
            return Day.civilFromDays(Int(ordinal))
        }
        // 30.436875 days a month on average over 400 years.
        var index = min(offset * 10_000 / 304_369, table.ordinals.count - 2)
        while table.ordinals[index] > ordinal { index -= 1 }
        while table.ordinals[index + 1] <= ordinal { index += 1 }
        return (table.firstYear + index / 12, index % 12 + 1, Int(ordinal - table.ordinals[index]) + 1)
    }

    /// ISO weekday: Monday = 1 ... Sunday = 7.
    public var isoWeekday: Int {
        // 1970-01-01 was a Thursday (4).
        let r = (Int(ordinal) + 3) % 7
        return (r < 0 ? r + 7 : r) + 1
    }

    /// ISO 8601 week-numbering year and week of this day.
    public var isoWeek: (year: Int, week: Int) {
        let thursday = self + (4 - isoWeekday)
        let year = thursday.components.year
        let jan1 = Day(ordinal: Int32(Day.daysFromCivil(year: year, month: 1, day: 1)))
        return (year, (thursday - jan1) / 7 + 1)
    }

    // The month and week helpers count days rather than build a `Day(year:month:day:)`,
    // which admits years 1...9999 only: report windows step just past that range when the
    // data sits at its ends (an as-of day in January of year 1 has a prior month in year 0).

    public var firstOfMonth: Day {
        self - (components.day - 1)
    }

    public var lastOfMonth: Day {
        let c = components
        return self + (Day.daysIn(month: c.month, year: c.year) - c.day)
    }

    /// Number of days in this day's month.
    public var daysInMonth: Int {
        let c = components
        return Day.daysIn(month: c.month, year: c.year)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        let c = components
        return "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))"
    }

    /// `YYYY-MM`: the cohort label of accounts closed on this day.
    public var monthKey: String {
        let c = components
        return "\(pad(c.year, 4))-\(pad(c.month, 2))"
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // Howard Hinnant's days_from_civil / civil_from_days: exact for every
    // Gregorian date, with no table and no time zone.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func civilFromDays(_ z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}

extension Day {
    /// Parses exactly `YYYY-MM-DD`; nil for anything else or an impossible day.
    public init?(iso text: some StringProtocol) {
        let u = Array(text.utf8)
        guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-"),
              let y = Day.digits(u, 0, 4), let m = Day.digits(u, 5, 2), let d = Day.digits(u, 8, 2)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    static func digits(_ u: [UInt8], _ start: Int, _ count: Int) -> Int? {
        var v = 0
        for i in start..<(start + count) {
            let c = u[i] &- UInt8(ascii: "0")
            guard c <= 9 else { return nil }
            v = v * 10 + Int(c)
        }
        return v
    }
}

@inline(__always)
func pad(_ value: Int, _ width: Int) -> String {
    let s = String(value)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}
