import Foundation
import Testing
@testable import CSVStream

/// Fields and the exact CSV text of their record.
struct EncodeCase: Sendable, CustomTestStringConvertible {
    let name: String
    let fields: [String]
    let text: String
    var testDescription: String { name }
}

@Suite("CSV writer (SPEC §7)")
struct CSVWriterTests {
    static let encodeCases: [EncodeCase] = [
        EncodeCase(name: "plain fields", fields: ["a", "b c", "1.50"], text: "a,b c,1.50\n"),
        EncodeCase(name: "comma is quoted", fields: ["a,b", "c"], text: "\"a,b\",c\n"),
        EncodeCase(name: "quotes are doubled", fields: ["say \"hi\""], text: "\"say \"\"hi\"\"\"\n"),
        // By hand: each quote doubled, the text between copied as is, inside one pair of quotes.
        EncodeCase(name: "quotes at both ends and side by side", fields: ["\"a\"\"b,\""],
                   text: "\"\"\"a\"\"\"\"b,\"\"\"\n"),
        EncodeCase(name: "only quotes", fields: ["\"\"\""], text: "\"\"\"\"\"\"\"\"\n"),
        EncodeCase(name: "LF is quoted", fields: ["one\ntwo"], text: "\"one\ntwo\"\n"),
        EncodeCase(name: "CR is quoted", fields: ["one\rtwo"], text: "\"one\rtwo\"\n"),
        EncodeCase(name: "leading space is quoted", fields: [" a", "b"], text: "\" a\",b\n"),
        EncodeCase(name: "trailing space is quoted", fields: ["a "], text: "\"a \"\n"),
        EncodeCase(name: "semicolon and tab are not quoted", fields: ["a;b", "c\td"], text: "a;b,c\td\n"),
        EncodeCase(name: "empty fields stay empty", fields: ["", "x", ""], text: ",x,\n"),
        EncodeCase(name: "a lone empty field is quoted", fields: [""], text: "\"\"\n"),
        EncodeCase(name: "UTF-8 is written as is", fields: ["é", "日本", "🎉"], text: "é,日本,🎉\n"),
    ]

    @Test(arguments: encodeCases)
    func encodesOneRecord(_ encodeCase: EncodeCase) {
        #expect(CSVWriter.encode(encodeCase.fields) == encodeCase.text)
    }

    @Test func writesBufferedRowsToTheFile() throws {
        // 5,000 rows of ~20 bytes pass the 64 KiB flush threshold at least once.
        let rows = (0..<5_000).map { ["\($0)", "name, \($0)", "x"] }
        try withTemporaryPath { path in
            let writer = try CSVWriter(path: path)
            for row in rows { try writer.writeRow(row) }
            try writer.close()
            let written = try String(contentsOfFile: path, encoding: .utf8)
            #expect(written == rows.map(CSVWriter.encode).joined())
        }
    }

    @Test func truncatesAnExistingFile() throws {
        try withTemporaryFile("old contents that are longer\n") { path in
            let writer = try CSVWriter(path: path)
            try writer.writeRow(["new"])
            try writer.close()
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
        }
    }

    @Test func roundTripsAwkwardText() throws {
        let table: [[String]] = [
            ["id", "text", "note"],
            ["1", "comma, inside", "\"quoted\""],
            ["2", " leading and trailing ", "multi\nline\r\nCRLF"],
            ["3", "", "trailing empty"],
            ["4", "tab\tinside", ""],
            ["5", "é 日本 🎉", "''"],
            ["6", "\"", ","],
            ["", "", ""],
            [""],
            ["7", "=SUM(A1)", "last"],
        ]
        try withTemporaryPath { path in
            let writer = try CSVWriter(path: path)
            for row in table { try writer.writeRow(row) }
            try writer.close()
            #expect(try readAll(path).map(\.fields) == table)
        }
    }

    @Test func cannotCreateInAMissingDirectory() throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("no-such-dir-\(UUID())/out.csv").path
        let error = try #require(throws: CSVWriteError.self) { try CSVWriter(path: path) }
        #expect(error.path == path)
        #expect(error.reason == "No such file or directory")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func fullDiskIsReportedByClose() throws {
        // /dev/full accepts the open and fails every write with ENOSPC.
        let writer = try CSVWriter(path: "/dev/full")
        try writer.writeRow(["a", "b"])
        let error = try #require(throws: CSVWriteError.self) { try writer.close() }
        #expect(error.reason == "No space left on device")
    }
}

/// Text and what `spreadsheetSafe` must make of it.
struct SafeCase: Sendable, CustomTestStringConvertible {
    let name: String
    let text: String
    let safe: String
    var testDescription: String { name }
}

@Suite("Spreadsheet formula guard (SPEC §7)")
struct SpreadsheetSafeTests {
    static let cases: [SafeCase] = [
        SafeCase(name: "equals", text: "=HYPERLINK(\"x\")", safe: "'=HYPERLINK(\"x\")"),
        SafeCase(name: "plus", text: "+1", safe: "'+1"),
        SafeCase(name: "minus", text: "-cmd", safe: "'-cmd"),
        SafeCase(name: "at", text: "@SUM(A1)", safe: "'@SUM(A1)"),
        SafeCase(name: "tab", text: "\t=1", safe: "'\t=1"),
        SafeCase(name: "carriage return", text: "\r=1", safe: "'\r=1"),
        SafeCase(name: "plain text", text: "Acme", safe: "Acme"),
        SafeCase(name: "formula character later", text: "a=b", safe: "a=b"),
        SafeCase(name: "leading space", text: " =1", safe: " =1"),
        SafeCase(name: "empty", text: "", safe: ""),
        SafeCase(name: "already prefixed", text: "'=1", safe: "'=1"),
    ]

    @Test(arguments: cases)
    func prefixesFormulas(_ safeCase: SafeCase) {
        #expect(spreadsheetSafe(safeCase.text) == safeCase.safe)
    }
}
