import Foundation
import PropertyBased
import Testing
@testable import CSVStream

/// Property: any table of strings written with `CSVWriter` reads back unchanged with
/// `CSVReader`, each record on the line its text starts on.
///
/// Comma only: the writer has no delimiter option (it always writes `,`).
@Suite("CSV write/read round trip (property)")
struct CSVRoundTripPropertyTests {
    /// Bytes the writer must quote or keep, drawn often so that most tables hold several.
    static let awkward: [Character] = ["\"", ",", "\r", "\n", "\r\n", "\t", " ", ";", "\0", "\u{FEFF}"]

    /// Awkward characters, letters and digits, and any Unicode scalar (surrogates are not scalars).
    static let character = Gen.frequency(
        (weight: 3, gen: Gen<Character?>.element(of: awkward).map { $0! }),
        (weight: 3, gen: Gen.letterOrNumber),
        (weight: 1, gen: Gen.unicodeScalar(in: "\u{0}"..."\u{D7FF}").map { Character($0) }),
        (weight: 1, gen: Gen.unicodeScalar(in: "\u{E000}"..."\u{10FFFF}").map { Character($0) }))

    /// Cells of 0...8 characters: empty cells are common, and a row may be one empty cell.
    static let table = character.string(of: 0...8).array(of: 1...5).array(of: 1...6)

    @Test func anyTableReadsBackUnchanged() async throws {
        await propertyCheck(count: 500, input: Self.table) { table in
            let read = try writeAndRead(table)
            #expect(read.map(\.fields) == table)
            // Each record starts one line after the line ends (LF, CRLF, lone CR) of the records before it.
            var line = 1
            for (record, row) in zip(read, table) {
                #expect(record.line == line)
                line += lineEnds(CSVWriter.encode(row))
            }
        }
    }

    @Test func tablesOfLoneCellsReadBackUnchanged() async throws {
        // One cell per row, often empty: `""` must stay a row, not vanish as a blank line.
        let cell = Gen.frequency((weight: 1, gen: Gen.always("")),
                                 (weight: 1, gen: Self.character.string(of: 1...3)))
        await propertyCheck(count: 300, input: cell.array(of: 1...1).array(of: 1...8)) { table in
            let read = try writeAndRead(table)
            #expect(read.map(\.fields) == table)
        }
    }

    /// Writes `table` to a temporary file with `CSVWriter` and reads it back.
    private func writeAndRead(_ table: [[String]]) throws -> [ReadRecord] {
        try withTemporaryPath { path in
            let writer = try CSVWriter(path: path)
            for row in table { try writer.writeRow(row) }
            try writer.close()
            return try readAll(path)
        }
    }
}

/// Line ends in `text` as SPEC §3 counts them: LF, CRLF and lone CR alike.
private func lineEnds(_ text: String) -> Int {
    let bytes = Array(text.utf8)
    return bytes.indices.filter { i in
        bytes[i] == 0x0D || (bytes[i] == 0x0A && (i == 0 || bytes[i - 1] != 0x0D))
    }.count
}
