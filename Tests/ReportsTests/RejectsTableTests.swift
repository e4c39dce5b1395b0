import Foundation
import OnboardingModel
import Testing
@testable import Reports
import TestSupport

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

@Suite struct WriteFailureTests {
    @Test func unwritablePathIsACannotWriteErrorNamingTheFile() {
        let path = "/nonexistent-\(UInt32.random(in: 0...UInt32.max))/rejects.csv"
        do {
            try ReportWriter.writeRejects(Fixtures.rejects, to: path)
            Issue.record("writing under a missing directory succeeded")
        } catch let error as PipelineError {
            #expect(error.kind == .cannotWrite)
            #expect(error.message.hasPrefix("cannot write \(path): "))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func rejectsFileAloneHasHeaderAndRows() throws {
        let dir = try TempDirectory()
        try ReportWriter.writeRejects(Array(Fixtures.rejects.prefix(1)), to: dir.path + "/rejects.csv")
        let text = try String(contentsOfFile: dir.path + "/rejects.csv", encoding: .utf8)
        #expect(text == "file,line,reason,raw\ndeals.csv,4,\"unparsable close_date \"\"2025-02-30\"\"\",\"D4,X-9,2025-02-30,1000\"\n")
    }
}
