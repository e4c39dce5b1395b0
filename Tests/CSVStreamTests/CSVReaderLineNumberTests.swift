import Testing
@testable import CSVStream

/// An input file and the records, with the physical line each starts on.
struct LineCase: Sendable, CustomTestStringConvertible {
    let name: String
    let input: String
    let records: [ReadRecord]
    var testDescription: String { name }
}

@Suite("Physical line numbers (SPEC §3 Bad rows)")
struct CSVReaderLineNumberTests {
    static let cases: [LineCase] = [
        LineCase(
            name: "one line per row", input: "h\na\nb\n",
            records: [ReadRecord(1, ["h"]), ReadRecord(2, ["a"]), ReadRecord(3, ["b"])]),
        // Lines: 1 h, 2-3 blank, 4 a, 5 blank, 6 b.
        LineCase(
            name: "blank lines are skipped but counted", input: "h\n\n\na\n\nb\n",
            records: [ReadRecord(1, ["h"]), ReadRecord(4, ["a"]), ReadRecord(6, ["b"])]),
        // Lines: 1 h, 2 blank (CRLF), 3 a.
        LineCase(
            name: "CRLF blank line", input: "h\r\n\r\na\r\n",
            records: [ReadRecord(1, ["h"]), ReadRecord(3, ["a"])]),
        // The quoted field spans lines 2-3; the next row is on line 4.
        LineCase(
            name: "quoted newline reports the first line", input: "h,n\n\"x\ny\",1\nz,2\n",
            records: [ReadRecord(1, ["h", "n"]), ReadRecord(2, ["x\ny", "1"]), ReadRecord(4, ["z", "2"])]),
        // The quoted field spans lines 2-4 (with a blank line inside); the next row is on line 5.
        LineCase(
            name: "quoted CRLF lines and a quoted blank line", input: "h,n\r\n\"a\r\n\r\nc\",1\r\nd,2\r\n",
            records: [ReadRecord(1, ["h", "n"]), ReadRecord(2, ["a\r\n\r\nc", "1"]), ReadRecord(5, ["d", "2"])]),
        // Two multi-line fields in one row: the row starts on line 2, the next one on line 5.
        LineCase(
            name: "two multi-line fields in one row", input: "h\n\"a\nb\",\"c\nd\"\ne\n",
            records: [ReadRecord(1, ["h"]), ReadRecord(2, ["a\nb", "c\nd"]), ReadRecord(5, ["e"])]),
        LineCase(
            name: "last line without newline", input: "h\n\na",
            records: [ReadRecord(1, ["h"]), ReadRecord(3, ["a"])]),
        // A lone CR ends a line like LF and CRLF (SPEC §3): a, b, c on lines 1, 2, 3.
        LineCase(
            name: "lone CR ends a line", input: "a\rb\nc\n",
            records: [ReadRecord(1, ["a"]), ReadRecord(2, ["b"]), ReadRecord(3, ["c"])]),
        // The quoted field spans lines 1-2; the CR ends line 2, and "b" starts on line 3.
        LineCase(
            name: "lone CR after a multi-line row", input: "\"x\ny\"\rb\n",
            records: [ReadRecord(1, ["x\ny"]), ReadRecord(3, ["b"])]),
        // A classic Mac file: every line ends in CR alone; line 3 is blank.
        LineCase(
            name: "lone-CR file", input: "h\ra\r\rb\r",
            records: [ReadRecord(1, ["h"]), ReadRecord(2, ["a"]), ReadRecord(4, ["b"])]),
        // A CR inside a quoted field ends a physical line too: "c" starts on line 4.
        LineCase(
            name: "lone CR inside a quoted field", input: "h\r\"a\rb\"\rc\r",
            records: [ReadRecord(1, ["h"]), ReadRecord(2, ["a\rb"]), ReadRecord(4, ["c"])]),
        // CRLF is one line end, a lone CR another.
        LineCase(
            name: "mixed CRLF and lone CR", input: "h\r\na\rb\r\nc\n",
            records: [ReadRecord(1, ["h"]), ReadRecord(2, ["a"]), ReadRecord(3, ["b"]), ReadRecord(4, ["c"])]),
        LineCase(
            name: "BOM does not shift lines", input: "\u{FEFF}h\n\na\n",
            records: [ReadRecord(1, ["h"]), ReadRecord(3, ["a"])]),
    ]

    @Test(arguments: cases)
    func reportsStartLine(_ lineCase: LineCase) throws {
        #expect(try readAll(text: lineCase.input) == lineCase.records)
    }
}
