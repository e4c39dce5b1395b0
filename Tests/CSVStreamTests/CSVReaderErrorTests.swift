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

    @Test func textAfterAClosingQuoteKeepsTheFieldOpen() throws {
        // libcsv's lenient mode reads `"a"b,c` as a quoted field still open after `b`,
        // so the rest of the file is swallowed and the quote of line 2 never closes.
        let error = try withTemporaryFile("h\n\"a\"b,c\nd\n") { path in
            try #require(throws: CSVError.self) { try readAll(path) }
        }
        #expect(error.kind == .unclosedQuote(line: 2))
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
