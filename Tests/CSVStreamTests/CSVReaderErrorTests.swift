import Foundation
import Testing
@testable import CSVStream

private struct StopReading: Error, Equatable {
    let atLine: Int
}

@Suite("Reader errors")
struct CSVReaderErrorTests {
    @Test func unclosedQuoteNamesTheLineWhereItOpened() throws {
        // Six lines; the quote opened on line 3 swallows lines 4-6.
        let text = "id,name\n1,ok\n2,\"broken\n3,more\n4,more\n5,end\n"
        let error = try withTemporaryFile(text) { path in
            try #require(throws: CSVError.self) { try readAll(path) }
        }
        #expect(error.kind == .unclosedQuote(line: 3))
    }

    @Test func unclosedQuoteOpenedAfterAMultiLineField() throws {
        // Line 2 opens a quote that closes on line 3; line 3 then opens one that never closes.
        let text = "h,x,y\n1,\"a\nb\",\"c\nd\n"
        let error = try withTemporaryFile(text) { path in
            try #require(throws: CSVError.self) { try readAll(path) }
        }
        #expect(error.kind == .unclosedQuote(line: 3))
    }

    @Test func unclosedQuoteAtRowStartWithoutFinalNewline() throws {
        // Line 3 is blank; the quote opens at the start of line 4.
        let error = try withTemporaryFile("h\n1\n\n\"open") { path in
            try #require(throws: CSVError.self) { try readAll(path) }
        }
        #expect(error.kind == .unclosedQuote(line: 4))
    }

    @Test(arguments: [
        "h\n\"a\"b,c\nd\n\"e\"\n",   // text right after the closing quote
        "h\n\"a\" \"b\"\nc\n",          // a second quote after a space
        "h\n\"a\"\tb\nc\n",              // a tab after the closing quote
    ])
    func textAfterAClosingQuoteStopsAtItsLine(text: String) throws {
        // libcsv's lenient mode read `"a"b,c` as a quoted field still open after `b`, and
        // swallowed the rows after it up to the next quote (SPEC §3: it never may).
        let error = try withTemporaryFile(text) { path in
            try #require(throws: CSVError.self) { try readAll(path) }
        }
        #expect(error.kind == .quoteClosedMidField(line: 2))
    }

    @Test func textAfterAClosingQuoteInTheIssuesFile() throws {
        // The issue's case: D2's name closes its quote early; with quoted names further
        // down, the lenient reader gave A2 the close date and ACV of a later row.
        var text = "deal_id,account_id,account_name,close_date,acv\nD1,A1,Beta,2026-10-01,1000\n"
        text += "D2,A2,\"Acme\"Inc,2026-10-02,2000\n"
        for i in 3...10 { text += "D\(i),A\(i),\"Name \(i)\",2026-10-0\(i % 9 + 1),\(i)000\n" }
        let error = try withTemporaryFile(text) { path in
            try #require(throws: CSVError.self) { try readAll(path) }
        }
        #expect(error.kind == .quoteClosedMidField(line: 3))
    }

    @Test func escapedQuotesAndQuotesInUnquotedFieldsStayData() throws {
        // `"a""",x` is an escaped quote; `5" screen` and `a"b"c` are no quoted fields.
        #expect(try readAll(text: "h,n\n\"a\"\"\",x\n5\" screen,1\na\"b\"c,2\n") == [
            ReadRecord(1, ["h", "n"]), ReadRecord(2, ["a\"", "x"]), ReadRecord(3, ["5\" screen", "1"]),
            ReadRecord(4, ["a\"b\"c", "2"]),
        ])
    }

    @Test func unclosedQuoteInALoneCRFileNamesItsLine() throws {
        // SPEC §3: lone CR line ends count like LF; every line was line 1 before.
        let error = try withTemporaryFile("h\ra\r\"b\rc\r") { path in
            try #require(throws: CSVError.self) { try readAll(path) }
        }
        #expect(error.kind == .unclosedQuote(line: 3))
    }

    @Test func closedQuoteAtEndOfFileIsFine() throws {
        #expect(try readAll(text: "h\n\"a\nb\"") == [ReadRecord(1, ["h"]), ReadRecord(2, ["a\nb"])])
    }

    @Test func missingFileCannotBeOpened() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-\(UUID()).csv").path
        let error = try #require(throws: CSVError.self) { try CSVReader(path: path) }
        #expect(error.path == path)
        #expect(error.kind == .cannotOpen(reason: "No such file or directory"))
    }

    @Test func directoryCannotBeOpened() throws {
        let path = FileManager.default.temporaryDirectory.path
        let error = try #require(throws: CSVError.self) { try CSVReader(path: path) }
        #expect(error.kind == .cannotOpen(reason: "it is a directory, not a regular file"))
    }

    /// A device never ends: refused at open instead of read until memory runs out (SPEC §3).
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/zero")))
    func deviceIsNotARegularFile() throws {
        let error = try #require(throws: CSVError.self) { try CSVReader(path: "/dev/zero") }
        #expect(error.kind == .cannotOpen(reason: "it is a character device, not a regular file"))
    }

    @Test func errorFromBodyStopsReadingAndPropagates() throws {
        try withTemporaryFile("h\na\nb\nc\n") { path in
            let reader = try CSVReader(path: path)
            var seen: [Int] = []
            let error = try #require(throws: StopReading.self) {
                try reader.forEachRecord { record in
                    seen.append(record.line)
                    if record.line == 2 { throw StopReading(atLine: record.line) }
                }
            }
            #expect(error == StopReading(atLine: 2))
            #expect(seen == [1, 2])
        }
    }

    @Test func errorFromBodyOnLastRowWithoutNewlinePropagates() throws {
        // The last row is only completed by csv_fini, a different C call than csv_parse.
        try withTemporaryFile("h\nlast") { path in
            let reader = try CSVReader(path: path)
            let error = try #require(throws: StopReading.self) {
                try reader.forEachRecord { record in
                    if record.line == 2 { throw StopReading(atLine: 2) }
                }
            }
            #expect(error == StopReading(atLine: 2))
        }
    }

    @Test func errorFromBodyBeforeARowInTheSameLineDropsThatRow() throws {
        // A lone CR puts two rows on line 1; the second must not reach the body.
        try withTemporaryFile("a\rb\n") { path in
            let reader = try CSVReader(path: path)
            var seen: [String] = []
            #expect(throws: StopReading.self) {
                try reader.forEachRecord { record in
                    seen.append(record.string(0))
                    throw StopReading(atLine: record.line)
                }
            }
            #expect(seen == ["a"])
        }
    }
}
