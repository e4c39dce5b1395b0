@testable import Ingest
import OnboardingModel
import Testing

struct DateParsingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        let expected: String?
        var testDescription: String { name }
    }

    static let mdyCases: [Case] = [
        Case(name: "plain ISO day", text: "2025-03-04", expected: "2025-03-04"),
        Case(name: "surrounding spaces", text: "  2025-03-04 ", expected: "2025-03-04"),
        Case(name: "UTC date-time", text: "2025-03-04T10:22:31Z", expected: "2025-03-04"),
        Case(name: "fractional seconds", text: "2025-03-04T10:22:31.123456Z", expected: "2025-03-04"),
        Case(name: "no zone reads as its own day", text: "2025-03-04T23:59:59", expected: "2025-03-04"),
        // 23:30 at -05:00 is 04:30 UTC the next day.
        Case(name: "negative offset crosses midnight forward", text: "2025-03-04T23:30:00-05:00",
             expected: "2025-03-05"),
        // 01:15 at +02:00 is 23:15 UTC the day before.
        Case(name: "positive offset crosses midnight back", text: "2025-03-04T01:15:00+02:00",
             expected: "2025-03-03"),
        // 18:59 at -05:00 is 23:59 UTC: same day.
        Case(name: "offset staying on the day", text: "2025-03-04T18:59:00-05:00", expected: "2025-03-04"),
        // 19:00 at -05:00 is exactly 00:00 UTC the next day.
        Case(name: "offset landing on midnight", text: "2025-03-04T19:00:00-05:00", expected: "2025-03-05"),
        Case(name: "offset without colon", text: "2025-03-04T01:15:00+0200", expected: "2025-03-03"),
        // 2024-12-31 23:30 at -01:00 is 2025-01-01 00:30 UTC: crosses the year.
        Case(name: "offset crossing the year", text: "2024-12-31T23:30:00-01:00", expected: "2025-01-01"),
        // 2024-02-28 22:00 at -03:00 is 01:00 UTC on the leap day.
        Case(name: "offset onto a leap day", text: "2024-02-28T22:00:00-03:00", expected: "2024-02-29"),
        Case(name: "space-separated minutes", text: "2025-03-04 10:22", expected: "2025-03-04"),
        Case(name: "space-separated seconds", text: "2025-03-04 10:22:31", expected: "2025-03-04"),
        Case(name: "leap day", text: "2024-02-29", expected: "2024-02-29"),
        Case(name: "leap day of a 400-year", text: "2000-02-29", expected: "2000-02-29"),
        Case(name: "slash M/D/YYYY", text: "3/4/2025", expected: "2025-03-04"),
        Case(name: "slash with zero padding", text: "03/04/2025", expected: "2025-03-04"),
        Case(name: "slash end of year", text: "12/31/2025", expected: "2025-12-31"),
        Case(name: "no leap day in 2025", text: "2025-02-29", expected: nil),
        Case(name: "no leap day in 1900", text: "1900-02-29", expected: nil),
        Case(name: "impossible day", text: "2025-02-30", expected: nil),
        Case(name: "month 13", text: "2025-13-01", expected: nil),
        Case(name: "day zero", text: "2025-01-00", expected: nil),
        Case(name: "hour 24", text: "2025-03-04T24:00:00Z", expected: nil),
        Case(name: "minute 60", text: "2025-03-04T10:60:00Z", expected: nil),
        Case(name: "slash month 13 in mdy", text: "13/4/2025", expected: nil),
        Case(name: "slash impossible day", text: "2/30/2025", expected: nil),
        Case(name: "three-digit year", text: "3/4/025", expected: nil),
        Case(name: "five-digit year", text: "3/4/20250", expected: nil),
        Case(name: "trailing junk", text: "2025-03-04x", expected: nil),
        Case(name: "empty", text: "", expected: nil),
        Case(name: "words", text: "next week", expected: nil),
        Case(name: "fraction without digits", text: "2025-03-04T10:22:31.Z", expected: nil),
        Case(name: "dangling offset sign", text: "2025-03-04T10:22:31+", expected: nil),
    ]

    /// SPEC §3 "Field formats": the spellings Excel re-saves, CRM reports and
    /// databases write, with each boundary.
    static let exportCases: [Case] = [
        // Two-digit years: 00–68 → 20YY, 69–99 → 19YY (Excel's window).
        Case(name: "two-digit year", text: "2/3/24", expected: "2024-02-03"),
        Case(name: "two-digit year zero-padded", text: "02/03/24", expected: "2024-02-03"),
        Case(name: "two-digit year 00 is 2000", text: "1/1/00", expected: "2000-01-01"),
        Case(name: "two-digit year 68 is 2068", text: "12/31/68", expected: "2068-12-31"),
        Case(name: "two-digit year 69 is 1969", text: "1/1/69", expected: "1969-01-01"),
        Case(name: "two-digit year 99 is 1999", text: "12/31/99", expected: "1999-12-31"),
        Case(name: "two-digit leap day 2024", text: "2/29/24", expected: "2024-02-29"),
        Case(name: "two-digit no leap day 2023", text: "2/29/23", expected: nil),
        // Slash date-times: the time is checked, the day is the one written.
        Case(name: "24-hour time", text: "1/23/2024 17:50", expected: "2024-01-23"),
        Case(name: "24-hour time with seconds", text: "1/23/2024 17:50:51", expected: "2024-01-23"),
        Case(name: "12-hour PM", text: "1/23/2024 5:50 PM", expected: "2024-01-23"),
        Case(name: "Excel re-save two-digit year and PM", text: "02/23/26 08:55 PM", expected: "2026-02-23"),
        Case(name: "12:00 AM is midnight of the day", text: "3/4/2025 12:00 AM", expected: "2025-03-04"),
        Case(name: "12:30 PM is half past noon", text: "3/4/2025 12:30 PM", expected: "2025-03-04"),
        Case(name: "11:59 PM stays on the day", text: "3/4/2025 11:59:59 PM", expected: "2025-03-04"),
        Case(name: "lowercase am without space", text: "3/4/2025 9:05am", expected: "2025-03-04"),
        Case(name: "comma before the time", text: "3/4/2025, 9:05 AM", expected: "2025-03-04"),
        Case(name: "hour 13 with PM", text: "3/4/2025 13:00 PM", expected: nil),
        Case(name: "hour 0 with AM", text: "3/4/2025 0:30 AM", expected: nil),
        Case(name: "hour 24", text: "3/4/2025 24:00", expected: nil),
        Case(name: "minute 60", text: "3/4/2025 10:60", expected: nil),
        Case(name: "one-digit minute", text: "3/4/2025 10:5", expected: nil),
        Case(name: "time without a space", text: "3/4/202510:05", expected: nil),
        Case(name: "unknown suffix", text: "3/4/2025 10:05 XM", expected: nil),
        // Database date-times with a UTC marker.
        Case(name: "space date-time UTC", text: "2024-01-23 17:50:51 UTC", expected: "2024-01-23"),
        Case(name: "space date-time GMT", text: "2024-01-23 17:50:51 GMT", expected: "2024-01-23"),
        Case(name: "space date-time Z", text: "2024-01-23 17:50:51Z", expected: "2024-01-23"),
        Case(name: "fraction then UTC", text: "2024-01-23 17:50:51.123 UTC", expected: "2024-01-23"),
        Case(name: "minutes then UTC", text: "2024-01-23 17:50 UTC", expected: "2024-01-23"),
        Case(name: "UTC without time", text: "2024-01-23 UTC", expected: nil),
        Case(name: "UTC then junk", text: "2024-01-23 17:50 UTCX", expected: nil),
        // Offsets in each spelling; those that move the UTC day.
        // 00:30 at +01 is 23:30 UTC the day before.
        Case(name: "hour-only offset crosses back", text: "2025-03-04T00:30:00+01", expected: "2025-03-03"),
        // 22:00 at -03 is 01:00 UTC the next day.
        Case(name: "hour-only negative offset crosses forward", text: "2025-03-04T22:00-03", expected: "2025-03-05"),
        // 00:59 at +0100 is 23:59 UTC the day before; 01:00 at +0100 is 00:00 UTC, the same day.
        Case(name: "hhmm offset one minute before", text: "2025-03-04T00:59:00+0100", expected: "2025-03-03"),
        Case(name: "hhmm offset at midnight", text: "2025-03-04T01:00:00+0100", expected: "2025-03-04"),
        Case(name: "space date-time with hhmm offset", text: "2024-01-23 17:50:51 +0100", expected: "2024-01-23"),
        // 20:00 at -05:30 is 01:30 UTC the next day.
        Case(name: "half-hour offset crosses forward", text: "2025-03-04 20:00-05:30", expected: "2025-03-05"),
        Case(name: "offset hour 24", text: "2025-03-04T10:00+24", expected: nil),
        Case(name: "offset of three digits", text: "2025-03-04T10:00+010", expected: nil),
        // Years a date may have: 1900–2199 (SPEC §3 "Robustness").
        Case(name: "0001-01-01 placeholder", text: "0001-01-01", expected: nil),
        Case(name: "year 1899", text: "1899-12-31", expected: nil),
        Case(name: "first day of 1900", text: "1900-01-01", expected: "1900-01-01"),
        Case(name: "last day of 2199", text: "2199-12-31", expected: "2199-12-31"),
        Case(name: "year 2200", text: "2200-01-01", expected: nil),
        Case(name: "year 9999", text: "9999-12-31", expected: nil),
        Case(name: "slash year 1899", text: "12/31/1899", expected: nil),
        // 1900-01-01 00:30 at +01:00 is 1899-12-31 23:30 UTC: out of range.
        Case(name: "offset shifts below 1900", text: "1900-01-01T00:30+01:00", expected: nil),
        // 2199-12-31 23:30 at -01:00 is 2200-01-01 00:30 UTC: out of range.
        Case(name: "offset shifts past 2199", text: "2199-12-31T23:30-01:00", expected: nil),
        // Epochs are read only where asked (events.csv occurred_at).
        Case(name: "epoch seconds elsewhere", text: "1700000000", expected: nil),
    ]

    @Test(arguments: exportCases)
    func parsesExportSpellings(_ c: Case) {
        #expect(DateParser(order: .mdy).parse(c.text)?.description == c.expected)
    }

    /// events.csv `occurred_at`: Unix time in seconds or milliseconds is the
    /// UTC day of that instant. Day boundaries computed from 86,400 s a day:
    /// 2023-11-14 is day 19,675 since 1970-01-01, starting at 1,699,920,000 s.
    static let epochCases: [Case] = [
        Case(name: "seconds", text: "1700000000", expected: "2023-11-14"),
        Case(name: "milliseconds", text: "1700000000123", expected: "2023-11-14"),
        Case(name: "last second of a UTC day", text: "1699919999", expected: "2023-11-13"),
        Case(name: "first second of a UTC day", text: "1699920000", expected: "2023-11-14"),
        Case(name: "last millisecond of a UTC day", text: "1699919999999", expected: "2023-11-13"),
        Case(name: "first millisecond of a UTC day", text: "1699920000000", expected: "2023-11-14"),
        // 1,000,000,000 s = 11,574 days + 6,400 s: 2001-09-09 01:46:40 UTC.
        Case(name: "one billion seconds", text: "1000000000", expected: "2001-09-09"),
        // 9,999,999,999 s is in 2286: past 2199.
        Case(name: "largest 10-digit is past 2199", text: "9999999999", expected: nil),
        Case(name: "nine digits", text: "170000000", expected: nil),
        Case(name: "eleven digits", text: "17000000000", expected: nil),
        Case(name: "twelve digits", text: "170000000000", expected: nil),
        Case(name: "fourteen digits", text: "17000000000000", expected: nil),
        Case(name: "decimal seconds", text: "1700000000.5", expected: nil),
        Case(name: "ISO still read", text: "2025-03-04T10:22:31Z", expected: "2025-03-04"),
        Case(name: "slash still read", text: "3/4/25", expected: "2025-03-04"),
    ]

    @Test(arguments: epochCases)
    func parsesEpochsWhereAsked(_ c: Case) {
        #expect(DateParser(order: .mdy, epochs: true).parse(c.text)?.description == c.expected)
    }

    @Test func dateRangeEndsAreTheFirstAndLastDaysOfTheYears() {
        #expect(DateParser.firstDay == Day(year: 1900, month: 1, day: 1))
        #expect(DateParser.lastDay == Day(year: 2199, month: 12, day: 31))
    }

    @Test func outOfRangeReasonSaysWhy() {
        let reason = DateParser().invalidDateReason("close_date", "0001-01-01")
        #expect(reason == "close_date \"0001-01-01\" is outside the years 1900-2199, which a date here must be in "
            + "(a placeholder such as 0001-01-01 means no date)")
    }

    @Test(arguments: mdyCases)
    func parsesMonthFirst(_ c: Case) {
        #expect(DateParser(order: .mdy).parse(c.text)?.description == c.expected)
    }

    static let dmyCases: [Case] = [
        Case(name: "day first", text: "4/3/2025", expected: "2025-03-04"),
        Case(name: "day 31 first", text: "31/12/2025", expected: "2025-12-31"),
        Case(name: "month 13 is impossible", text: "1/13/2025", expected: nil),
        Case(name: "leap day", text: "29/2/2024", expected: "2024-02-29"),
        Case(name: "two-digit year day first", text: "23/2/26 20:55", expected: "2026-02-23"),
        Case(name: "ISO unaffected", text: "2025-03-04", expected: "2025-03-04"),
    ]

    @Test(arguments: dmyCases)
    func parsesDayFirst(_ c: Case) {
        #expect(DateParser(order: .dmy).parse(c.text)?.description == c.expected)
    }
}
