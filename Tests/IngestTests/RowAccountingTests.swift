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

    @Test func fieldOverOneMiBRejectsItsRow() throws {
        // SPEC §3: a field longer than 1 MiB rejects its row ("field too long"); at exactly 1 MiB it is kept.
        var ingest = DealsIngest(config: smallConfig(), today: day("2025-12-31"))
        try ingest.readHeader(["deal_id", "account_id", "close_date", "acv"])
        let atLimit = String(repeating: "n", count: 1 << 20), over = atLimit + "n"
        ingest.consume(Row(2, ["D1", atLimit, "2025-01-01", "1"]))
        ingest.consume(Row(3, ["D2", over, "2025-01-01", "1"]))
        #expect(ingest.tally.accepted == 1)
        #expect(ingest.tally.rejects.map(\.line) == [3])
        #expect(ingest.tally.rejects.first?.reason == "field too long: column 'account_id' (field 2) is longer "
            + "than 1 MiB; a quote that never closes where it should, or a runaway value: fix the export")
    }

    @Test func rejectReasonsQuoteInputTextAsAPersonReadsIt() throws {
        // Issue 10 items 10, 13: a runaway or hostile value is cut to 100 characters and its
        // control characters escaped in the reason (the raw fields in rejects.csv keep it whole).
        var ingest = DealsIngest(config: smallConfig(), today: day("2025-12-31"))
        try ingest.readHeader(["deal_id", "account_id", "close_date", "acv"])
        let long = String(repeating: "9", count: 300)
        ingest.consume(Row(2, ["D1", "A1", "2025-01-01", "\u{1B}[31m" + long]))
        let reason = try #require(ingest.tally.rejects.first?.reason)
        #expect(reason.hasPrefix("acv \"\\x1b[31m" + String(repeating: "9", count: 92) + "…\" is not an amount"))
        #expect(!reason.contains("\u{1B}"))
        #expect(ingest.tally.rejects.first?.raw[3] == "\u{1B}[31m" + long)
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
