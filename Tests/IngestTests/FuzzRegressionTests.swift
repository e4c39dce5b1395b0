@testable import Ingest
import OnboardingModel
import Testing

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
    @Test(arguments: [
        // 00:00 at +01:00 is 23:00 UTC the day before 0001-01-01: year 0.
        DateCase(name: "offset before year 1", text: "0001-01-01T00:00+01:00", expected: nil),
        // 23:59 at -01 is 00:59 UTC the day after 9999-12-31: year 10000.
        DateCase(name: "offset after year 9999", text: "9999-12-31 23:59-01", expected: nil),
        // Same shifts one day inside the range still land on the neighbouring day.
        DateCase(name: "offset onto 0001-01-01", text: "0001-01-02T00:00+01:00", expected: "0001-01-01"),
        DateCase(name: "offset onto 9999-12-31", text: "9999-12-30 23:59-01", expected: "9999-12-31"),
        DateCase(name: "no shift on the first day", text: "0001-01-01T01:00+01:00", expected: "0001-01-01"),
    ])
    func dateTimeShiftedOutOfRangeIsNoDay(_ c: DateCase) {
        #expect(DateParser().parse(c.text)?.description == c.expected)
    }

    // fuzz-ingest, seed year-one-close (mode byte 0x02: month period, M/D/Y, comma): a deal
    // closed 0001-01-15 made it the as-of day, and the prior month window trapped in
    // `Day.firstOfMonth` (year 0). Ingest must read it; the window math must not trap.
    @Test func dealInYearOneIngestsAndItsWindowsAreComputable() throws {
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
        #expect(data.accounts.map(\.closeDate) == [day("0001-01-15")])
        // The completion's UTC day is in year 0: not a date, so the complete row is rejected.
        #expect(data.rejects.map(\.line) == [2])
        #expect(data.rejects.first?.reason.hasPrefix("status is complete but completed_date") == true)
        #expect(data.newestDate == day("0001-01-15"))

        // As-of 0001-01-15: the last complete month is December of year 0 (-719193...-719163,
        // 0001-01-01 being ordinal -719162), and the one before it November.
        let window = ReportWindow(period: .month, asOf: data.newestDate!)
        #expect(window.start.ordinal == -719193 && window.end.ordinal == -719163)
        #expect(window.prior.start.ordinal == -719223 && window.prior.end.ordinal == -719194)
        #expect(window.label == "0000-12")
    }
}
