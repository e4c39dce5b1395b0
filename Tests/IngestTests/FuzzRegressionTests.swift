@testable import Ingest
import OnboardingModel
import Testing
import TestSupport

/// Inputs the fuzz targets (Fuzz/, scripts/fuzz) flagged, kept byte for byte.
struct FuzzRegressionTests {
    struct DateCase: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        let expected: String?
        var testDescription: String { name }
    }

    // fuzz-csv-fields, seed utf8-bom-crlf-edges: the parser returned ordinal -719163
    // (0000-12-31), a day `Day` cannot be built from, and which no report can re-read.
    // Since dates outside 1900–2199 are no dates (SPEC §3 "Robustness"), these are all nil;
    // the same shifts at the ends of that range are in DateParsingTests.
    @Test(arguments: [
        // 00:00 at +01:00 is 23:00 UTC the day before 0001-01-01: year 0.
        DateCase(name: "offset before year 1", text: "0001-01-01T00:00+01:00", expected: nil),
        // 23:59 at -01 is 00:59 UTC the day after 9999-12-31: year 10000.
        DateCase(name: "offset after year 9999", text: "9999-12-31 23:59-01", expected: nil),
        DateCase(name: "offset onto 0001-01-01", text: "0001-01-02T00:00+01:00", expected: nil),
        DateCase(name: "offset onto 9999-12-31", text: "9999-12-30 23:59-01", expected: nil),
        // The same shifts one day inside 1900–2199 land on the neighbouring day.
        DateCase(name: "offset onto 1900-01-01", text: "1900-01-02T00:00+01:00", expected: "1900-01-01"),
        DateCase(name: "offset onto 2199-12-31", text: "2199-12-30 23:59-01", expected: "2199-12-31"),
    ])
    func dateTimeShiftedOutOfRangeIsNoDay(_ c: DateCase) {
        #expect(DateParser().parse(c.text)?.description == c.expected)
    }

    // fuzz-ingest, seed year-one-close (mode byte 0x02: month period, M/D/Y, comma): a deal
    // closed 0001-01-15 made it the as-of day, and the prior month window trapped in
    // `Day.firstOfMonth` (year 0). Year 1 is now no date (SPEC §3 "Robustness"): the deal is
    // a rejected row and never becomes the as-of; the window math must still not trap.
    @Test func dealInYearOneIsRejectedAndItsWindowsAreComputable() throws {
        let input = Array("""
            \u{02}deal_id,account_id,close_date,acv
            D-1,A-1,0001-01-15,1
            \u{00}account_id,milestone,status,completed_date
            A-1,first_value,complete,0001-01-01T00:00+01:00

            """.utf8)
        let separator = input.firstIndex(of: 0)!
        let dir = try TempDirectory()
        defer { dir.remove() }
        try dir.write("deals.csv", bytes: Array(input[1..<separator]))
        try dir.write("milestones.csv", bytes: Array(input[(separator + 1)...]))

        let data = try Ingestor(config: Config(), dataDirectory: dir.path, today: day("2026-06-30"),
                                logger: LogCapture().logger).ingest()
        #expect(data.accounts.isEmpty)
        #expect(data.rejects.map(\.file) == ["deals.csv", "milestones.csv"])
        #expect(data.rejects.first?.reason.hasPrefix("close_date \"0001-01-15\" is outside the years") == true)
        #expect(data.newestDate == nil)

        // As-of 0001-01-15: the last complete month is December of year 0 (-719193...-719163,
        // 0001-01-01 being ordinal -719162), and the one before it November.
        let window = ReportWindow(period: .month, asOf: Day(year: 1, month: 1, day: 15)!)
        #expect(window.start.ordinal == -719193 && window.end.ordinal == -719163)
        #expect(window.prior.start.ordinal == -719223 && window.prior.end.ordinal == -719194)
        #expect(window.label == "0000-12")
    }
}
