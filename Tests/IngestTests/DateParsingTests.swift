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
        Case(name: "two-digit year", text: "3/4/25", expected: nil),
        Case(name: "trailing junk", text: "2025-03-04x", expected: nil),
        Case(name: "empty", text: "", expected: nil),
        Case(name: "words", text: "next week", expected: nil),
        Case(name: "fraction without digits", text: "2025-03-04T10:22:31.Z", expected: nil),
        Case(name: "dangling offset sign", text: "2025-03-04T10:22:31+", expected: nil),
    ]

    @Test(arguments: mdyCases)
    func parsesMonthFirst(_ c: Case) {
        #expect(DateParser(order: .mdy).parse(c.text)?.description == c.expected)
    }

    static let dmyCases: [Case] = [
        Case(name: "day first", text: "4/3/2025", expected: "2025-03-04"),
        Case(name: "day 31 first", text: "31/12/2025", expected: "2025-12-31"),
        Case(name: "month 13 is impossible", text: "1/13/2025", expected: nil),
        Case(name: "leap day", text: "29/2/2024", expected: "2024-02-29"),
        Case(name: "ISO unaffected", text: "2025-03-04", expected: "2025-03-04"),
    ]

    @Test(arguments: dmyCases)
    func parsesDayFirst(_ c: Case) {
        #expect(DateParser(order: .dmy).parse(c.text)?.description == c.expected)
    }
}
