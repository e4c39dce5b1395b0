@testable import Ingest
import OnboardingModel
import Testing

/// csms.csv and forecast.csv (SPEC §3): optional files of the capacity view.
@Suite struct TeamFilesIngestTests {
    @Test func csmsReadFTEAndSegmentWithDefaults() throws {
        var ingest = CSMsIngest(config: Config())
        try feed(&ingest, header: ["CSM", "FTE", "Segment"], rows: [
            ["Jane", "0.8", "Enterprise"],
            ["Raj", "", "mid-market"],        // empty fte → 1.0; label normalizes to mid_market
            ["Li", "N/A", ""],                // placeholder fte → 1.0; no segment
            ["Zoe", "1", "Strategic"],        // unknown segment: kept, segment nil, noted
        ])
        #expect(ingest.records == [
            CSMRecord(name: "Jane", fte: Rational(4, 5), segmentIndex: 0),
            CSMRecord(name: "Raj", fte: .one, segmentIndex: 1),
            CSMRecord(name: "Li", fte: .one, segmentIndex: nil),
            CSMRecord(name: "Zoe", fte: .one, segmentIndex: nil),
        ])
        #expect(ingest.notes().map(\.count) == [1])
        #expect(ingest.notes().first?.message.contains("'Strategic'") == true)
    }

    @Test(arguments: [
        (["Jane", "0", "smb"], "fte \"0\" is not a positive number"),
        (["Jane", "-1", "smb"], "fte \"-1\" is not a positive number"),
        (["Jane", "half", "smb"], "fte \"half\" is not a positive number"),
        (["", "1", "smb"], "csm"),
    ])
    func csmsRejectBadRows(fields: [String], reason: String) throws {
        var ingest = CSMsIngest(config: Config())
        try feed(&ingest, header: ["csm", "fte", "segment"], rows: [fields])
        #expect(ingest.records.isEmpty)
        #expect(ingest.tally.rejects.first?.reason.contains(reason) == true)
    }

    @Test func csmsReadEmailsAndDropAddressesThatCouldInjectHeaders() throws {
        var ingest = CSMsIngest(config: Config())
        try feed(&ingest, header: ["csm", "Email", "Manager Email"], rows: [
            ["Jane", " jane@example.com ", "mia@example.com"],
            ["Raj", "", "n/a"],                                   // missing: no digest email
            ["Li", "li@example.com\r\nBcc: x@evil.test", "Mia <mia@example.com>"],
            ["Zoe", "zoé@example.com", "a@b@example.com"],        // non-ASCII; two @
        ])
        #expect(ingest.records.map { [$0.name, $0.email, $0.managerEmail] } == [
            ["Jane", "jane@example.com", "mia@example.com"], ["Raj", "", ""], ["Li", "", ""], ["Zoe", "", ""],
        ])
        // Kept rows (nothing rejected), one note counting the 4 unusable addresses.
        #expect(ingest.tally.rejects.isEmpty)
        #expect(ingest.notes().map(\.count) == [4])
        #expect(ingest.notes().first?.message.contains("not a plain address") == true)
    }

    @Test func duplicateCSMKeepsTheFirstRow() throws {
        var ingest = CSMsIngest(config: Config())
        try feed(&ingest, header: ["csm", "fte"], rows: [["Jane", "1"], ["Jane", "0.5"]])
        #expect(ingest.records == [CSMRecord(name: "Jane", fte: .one)])
        #expect(ingest.tally.rejects.map(\.reason)
            == ["duplicate csm \"Jane\": the row at line 2 has it and is kept; list each CSM once"])
        #expect(ingest.tally.rowsRead == 2)
    }

    @Test func forecastReadsMonthsAndFractionalDeals() throws {
        var ingest = ForecastIngest(config: Config())
        try feed(&ingest, header: ["segment", "month", "deals"], rows: [
            ["smb", "2027-01", "12.5"],
            ["Enterprise", "2027-02", "3"],
        ])
        #expect(ingest.records == [
            ForecastRecord(segmentIndex: 2, month: day("2027-01-01"), deals: Rational(25, 2)),
            ForecastRecord(segmentIndex: 0, month: day("2027-02-01"), deals: Rational(3)),
        ])
    }

    @Test func forecastReadsDealsAsPandasWritesThem() throws {
        // SPEC §3: 17 significant digits were refused as "not a number" or trapped later.
        var ingest = ForecastIngest(config: Config())
        try feed(&ingest, header: ["segment", "month", "deals"], rows: [
            ["smb", "2027-01", "3.3333333333333335"],
            ["smb", "2027-02", "0.30000000000000004"],
            ["smb", "2027-03", "1e-05"],
        ])
        #expect(ingest.tally.rejects.isEmpty)
        #expect(ingest.records.map(\.deals) == [Rational(3_333_333_333, 1_000_000_000), Rational(3, 10),
                                                Rational(1, 100_000)])
    }

    @Test(arguments: [
        (["gold", "2027-01", "1"], "segment \"gold\" is not a configured segment"),
        (["smb", "2027-13", "1"], "month \"2027-13\" is not a month"),
        (["smb", "Jan 2027", "1"], "month \"Jan 2027\" is not a month"),
        (["smb", "2027-01", "-2"], "deals \"-2\" is not a number"),
        (["smb", "2027-01", "many"], "deals \"many\" is not a number"),
    ])
    func forecastRejectsBadRows(fields: [String], reason: String) throws {
        var ingest = ForecastIngest(config: Config())
        try feed(&ingest, header: ["segment", "month", "deals"], rows: [fields])
        #expect(ingest.records.isEmpty)
        #expect(ingest.tally.rejects.first?.reason.hasPrefix(reason) == true)
    }

    @Test func duplicateForecastMonthIsRejected() throws {
        var ingest = ForecastIngest(config: Config())
        try feed(&ingest, header: ["segment", "month", "deals"], rows: [["smb", "2027-01", "1"], ["SMB", "2027-01", "2"]])
        #expect(ingest.records.count == 1)
        #expect(ingest.tally.rejects.first?.reason == "duplicate forecast for smb \"2027-01\": "
            + "the row at line 2 is kept; give each segment and month one row")
    }
}
