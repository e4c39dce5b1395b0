@testable import Ingest
import OnboardingModel
import Testing

struct RowAccountingTests {
    @Test func blankRowsAreSkippedRaggedAndInvalidRowsRejected() throws {
        var ingest = DealsIngest(config: smallConfig(), today: day("2025-12-31"))
        try ingest.readHeader(["deal_id", "account_id", "close_date", "acv"])
        ingest.consume(Row(2, ["D1", "A1", "2025-01-01", "1"]))
        // All-empty rows are skipped whatever their field count.
        ingest.consume(Row(3, [" ", "", "\t", ""]))
        ingest.consume(Row(4, ["", ""]))
        ingest.consume(Row(5, ["D2", "A2", "2025-01-01"]))
        ingest.consume(Row(6, ["D3", "A\u{FFFD}", "2025-01-01", "1"], invalidUTF8: (field: 1, byteOffset: 1)))
        #expect(ingest.tally.accepted == 1)
        #expect(ingest.tally.skipped == 2)
        #expect(ingest.tally.rejects == [
            RejectedRow(file: "deals.csv", line: 5,
                        reason: "row has 3 fields but the header has 4; a value that holds the delimiter or a "
                            + "line break must be in double quotes",
                        raw: ["D2", "A2", "2025-01-01"]),
            RejectedRow(file: "deals.csv", line: 6,
                        reason: "column 'account_id' (field 2) is not valid UTF-8 from byte 1 of the field; the file "
                            + "is in another encoding (e.g. Windows-1252): re-export it as UTF-8 or UTF-16 "
                            + "(Unicode text)",
                        raw: ["D3", "A\u{FFFD}", "2025-01-01", "1"]),
        ])
    }

    @Test func readIsAcceptedPlusSkippedPlusRejected() throws {
        var ingest = MilestonesIngest(config: smallConfig(), accounts: [], index: AccountIDIndex([]),
                                      today: day("2025-12-31"))
        try feed(&ingest, header: ["account_id", "milestone", "status"], rows: [
            ["A1", "kickoff", "complete"],  // rejected: no such account
            ["", "", ""],                   // skipped: blank
            ["A1"],                         // rejected: ragged
        ])
        var summary = ingest.tally.summary(sha256: "abc")
        summary.columnSources = []
        #expect(summary == InputFileSummary(name: "milestones", fileName: "milestones.csv", sha256: "abc",
                                            rowsRead: 3, accepted: 0, skipped: 1, rejected: 2))
    }

    @Test func rejectsKeepLineOrder() throws {
        var ingest = DealsIngest(config: smallConfig(), today: day("2025-12-31"))
        try feed(&ingest, header: ["deal_id", "account_id", "close_date", "acv"],
                 rows: [["D1", "", "x", "1"], ["D2", "A2", "x", "1"], ["D3", "A3", "2025-01-01", "x"]])
        #expect(ingest.tally.rejects.map(\.line) == [2, 3, 4])
        #expect(ingest.tally.rowsRead == 3)
    }
}
