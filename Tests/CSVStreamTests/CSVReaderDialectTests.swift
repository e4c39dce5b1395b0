import Testing
@testable import CSVStream

/// One input file and the fields the reader must yield for it.
struct DialectCase: Sendable, CustomTestStringConvertible {
    let name: String
    let input: String
    var delimiter: Character = ","
    let rows: [[String]]
    var testDescription: String { name }
}

@Suite("CSV dialect (SPEC §3)")
struct CSVReaderDialectTests {
    static let cases: [DialectCase] = [
        DialectCase(name: "comma inside quotes", input: "a,\"b,c\",d\n", rows: [["a", "b,c", "d"]]),
        DialectCase(name: "escaped quotes", input: "\"say \"\"hi\"\"\",x\n", rows: [["say \"hi\"", "x"]]),
        DialectCase(name: "LF inside quotes", input: "\"one\ntwo\",x\n", rows: [["one\ntwo", "x"]]),
        DialectCase(name: "CRLF inside quotes", input: "\"one\r\ntwo\",x\r\n", rows: [["one\r\ntwo", "x"]]),
        DialectCase(name: "CRLF line ends", input: "a,b\r\nc,d\r\n", rows: [["a", "b"], ["c", "d"]]),
        DialectCase(name: "no newline at end of file", input: "a,b\nc,d", rows: [["a", "b"], ["c", "d"]]),
        DialectCase(name: "quoted last field without newline", input: "a,\"b\"", rows: [["a", "b"]]),
        DialectCase(name: "empty fields", input: "a,,c\n", rows: [["a", "", "c"]]),
        DialectCase(name: "trailing empty field", input: "a,b,\n", rows: [["a", "b", ""]]),
        DialectCase(name: "quoted empty field", input: "\"\",x\n", rows: [["", "x"]]),
        DialectCase(name: "only delimiters is a row of empty fields", input: ",,\n", rows: [["", "", ""]]),
        DialectCase(name: "spaces around fields are kept", input: " a , b \n", rows: [[" a ", " b "]]),
        // The reader switches libcsv's space test per line: lines with and without spaces mix.
        DialectCase(name: "spaced and unspaced lines alternate",
                    input: "a,b\n a,\tb\t\nc,d\ne , f\n",
                    rows: [["a", "b"], [" a", "\tb\t"], ["c", "d"], ["e ", " f"]]),
        DialectCase(name: "quoted field spanning an unspaced line keeps later spaces",
                    input: "\"x\ny\nz \", w \n", rows: [["x\ny\nz ", " w "]]),
        DialectCase(name: "stray quote inside unquoted field", input: "5\" screen,x\n", rows: [["5\" screen", "x"]]),
        DialectCase(name: "UTF-8 text", input: "é,日本,🎉\n", rows: [["é", "日本", "🎉"]]),
        DialectCase(name: "UTF-8 BOM dropped", input: "\u{FEFF}id,name\n1,x\n", rows: [["id", "name"], ["1", "x"]]),
        DialectCase(name: "only a BOM", input: "\u{FEFF}", rows: []),
        DialectCase(name: "empty file", input: "", rows: []),
        DialectCase(name: "blank lines skipped", input: "a\n\n\r\nb\n\n", rows: [["a"], ["b"]]),
        DialectCase(
            name: "semicolon delimiter keeps spaces and commas", input: "a; b ;\"c;d\";1,5\n",
            delimiter: ";", rows: [["a", " b ", "c;d", "1,5"]]),
        DialectCase(
            name: "tab delimiter keeps spaces", input: "a\t b \t\"c\td\"\n",
            delimiter: "\t", rows: [["a", " b ", "c\td"]]),
        DialectCase(
            name: "tab delimiter with empty fields", input: "a\t\t\tc\n",
            delimiter: "\t", rows: [["a", "", "", "c"]]),
    ]

    @Test(arguments: cases)
    func parsesFields(_ dialect: DialectCase) throws {
        let delimiter = try #require(dialect.delimiter.asciiValue)
        let records = try readAll(text: dialect.input, delimiter: delimiter)
        #expect(records.map(\.fields) == dialect.rows)
        // Parsing on the caller's thread gives the same records as the pipeline.
        let sequential = try withTemporaryFile(dialect.input) { path in
            let reader = try CSVReader(path: path, options: CSVReadOptions(delimiter: delimiter, pipelined: false))
            var records: [ReadRecord] = []
            try reader.forEachRecord { records.append(ReadRecord($0.line, $0.fields)) }
            return records
        }
        #expect(sequential == records)
    }

    @Test func recordCountAndBytesMatchFields() throws {
        try withTemporaryFile("é,,\"x\"\"y\"\n") { path in
            let reader = try CSVReader(path: path)
            var seen = 0
            try reader.forEachRecord { record in
                seen += 1
                #expect(record.count == 3)
                #expect(Array(record.bytes(0)) == [0xC3, 0xA9])  // é is C3 A9
                #expect(record.bytes(1).isEmpty)
                #expect(Array(record.bytes(2)) == Array("x\"y".utf8))
                #expect(record.string(2) == "x\"y")
            }
            #expect(seen == 1)
        }
    }

    @Test func readingTwiceYieldsTheSameRecords() throws {
        try withTemporaryFile("h\n1\n2\n") { path in
            let reader = try CSVReader(path: path)
            var first: [ReadRecord] = []
            var second: [ReadRecord] = []
            try reader.forEachRecord { first.append(ReadRecord($0.line, $0.fields)) }
            try reader.forEachRecord { second.append(ReadRecord($0.line, $0.fields)) }
            #expect(first == [ReadRecord(1, ["h"]), ReadRecord(2, ["1"]), ReadRecord(3, ["2"])])
            #expect(second == first)
        }
    }
}
