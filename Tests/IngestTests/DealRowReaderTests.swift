@testable import Ingest
import OnboardingModel
import Testing

/// Reads `rows` under `header`, numbered from line 2.
private func read(_ header: [String], _ rows: [[String]], config: Config = smallConfig()) throws
    -> [DealRowReader.Reading] {
    var reader = DealRowReader(config: config)
    _ = try reader.readHeader(header, fileName: "deals.csv")
    return rows.enumerated().map { i, fields in reader.read(Row(i + 2, fields)) }
}

private func deal(_ reading: DealRowReader.Reading) -> DealRow? {
    if case .deal(let deal) = reading { return deal }
    return nil
}

private func reason(_ reading: DealRowReader.Reading) -> String? {
    if case .rejected(let reason) = reading { return reason }
    return nil
}

struct DealRowReaderTests {
    @Test func aWonRowReadsIntoTypedFields() throws {
        let header = ["deal_id", "account_id", "close_date", "acv", "stage", "account_name", "ae", "csm",
                      "churn_date", "renewal_date", "segment", "champion"]
        let readings = try read(header, [[" D1 ", " A1 ", "3/4/2025", "$30,000.50", "Closed Won", " Acme ", "Bo", "n/a",
                                          "2025-09-30", "soon", "Mid-Market", "Pat"]])
        let row = try #require(deal(readings[0]))
        #expect(row.dealID == "D1")
        #expect(row.accountID == "A1")
        #expect(row.accountName == "Acme")
        #expect(row.closeDate == day("2025-03-04"))
        #expect(row.acvCents == 3_000_050)
        // The label names mid_market (index 1) and decides it.
        #expect(row.segmentIndex == 1)
        #expect(row.segmentLabeled)
        #expect(row.unmatchedSegmentLabel == nil)
        #expect((row.ae, row.csm, row.region) == ("Bo", "", ""))
        #expect(row.churnDate == day("2025-09-30"))
        // An unparsable optional date is missing, not a reject.
        #expect(row.renewalDate == nil)
        // smallConfig's handoff fields: goals (no column), champion.
        #expect(row.handoffPresent == [false, true])
    }

    @Test func anUnmatchedLabelIsKeptRawAndTheACVDecides() throws {
        let readings = try read(["deal_id", "account_id", "close_date", "acv", "segment"],
                                [["D1", "A1", "2025-01-01", "150000", " Strategic "]])
        let row = try #require(deal(readings[0]))
        #expect(row.segmentIndex == 0)  // enterprise: min_acv 100000 ≤ 150000
        #expect(!row.segmentLabeled)
        #expect(row.unmatchedSegmentLabel == " Strategic ")
    }

    @Test func aLostDealNeverReachesTheFold() throws {
        let readings = try read(["deal_id", "account_id", "close_date", "acv", "stage"],
                                [["D1", "A1", "2025-01-01", "100", "Closed Lost"],
                                 // Not won: skipped before its bad date is looked at.
                                 ["D2", "A2", "not a date", "100", "Negotiation"]])
        #expect(readings.allSatisfy { if case .notWon = $0 { true } else { false } })
    }

    @Test func unusableRowsAreRejectedWithTheirReason() throws {
        let readings = try read(["deal_id", "account_id", "close_date", "acv"],
                                [["D1", "A1", "2025-01-01", "100"],
                                 ["", "A2", "2025-01-01", "100"],
                                 ["D3", "A3", "2025-01-01", "-5"],
                                 ["D1", "A4", "2025-01-01", "100"]])
        #expect(deal(readings[0]) != nil)
        #expect(readings.dropFirst().map(reason) == [
            "deal_id is empty; every row needs one",
            "acv \"-5\" is negative; an ACV cannot be below zero",
            "duplicate deal_id \"D1\": the row at line 2 has it and is kept; give each deal its own id or remove the repeat",
        ])
    }

    @Test func teamNamesAreSharedAcrossRows() throws {
        // Longer than a small string's 15 bytes, so it has storage of its own to share.
        let name = "Alexandra Montgomery-Smith"
        let readings = try read(["deal_id", "account_id", "close_date", "acv", "csm"],
                                [["D1", "A1", "2025-01-01", "1", name], ["D2", "A2", "2025-01-01", "1", " \(name) "]])
        let first = try #require(deal(readings[0])), second = try #require(deal(readings[1]))
        #expect(first.csm == name && second.csm == name)
        // One storage for both rows: the spelling cache made the String once.
        var a = first.csm, b = second.csm
        #expect(a.withUTF8 { a in b.withUTF8 { b in a.baseAddress == b.baseAddress } })
    }
}
