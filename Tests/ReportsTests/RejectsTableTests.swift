import OnboardingModel
import Testing
@testable import Reports

@Suite struct RejectsTableTests {
    @Test func headerIsFileLineReasonRaw() {
        #expect(RejectsTable.header == ["file", "line", "reason", "raw"])
    }

    @Test func rawIsOneCSVRecordWithoutItsLineEnd() {
        let row = RejectsTable.row(RejectedRow(file: "deals.csv", line: 6, reason: "duplicate deal_id",
                                               raw: ["D1", "Acme, Inc.", "say \"hi\"", ""]))
        // The comma and the quotes force RFC 4180 quoting; the empty last field stays.
        #expect(row == ["deals.csv", "6", "duplicate deal_id", "D1,\"Acme, Inc.\",\"say \"\"hi\"\"\","])
    }

    @Test func rawKeepsEmbeddedLineBreaks() {
        #expect(RejectsTable.rawRecord(["a\nb", "c"]) == "\"a\nb\",c")
        #expect(RejectsTable.rawRecord(["x\r"]) == "\"x\r\"")
    }

    @Test func rawStartingWithAFormulaIsPrefixed() {
        let row = RejectsTable.row(RejectedRow(file: "deals.csv", line: 3, reason: "bad acv", raw: ["=1+1", "x"]))
        #expect(row[3] == "'=1+1,x")
    }

    @Test func emptyRawIsAnEmptyCell() {
        #expect(RejectsTable.rawRecord([]) == "")
    }
}
