import PropertyBased
import Testing
@testable import CSVStream

/// Property: files without quotes, which the reader feeds to libcsv many lines
/// at a time, read as a plain reference reading of them: a row ends at CR or
/// LF, blank lines are no rows, fields split at the delimiter, spaces are
/// kept, and each row's line is one more than the line ends (LF, CRLF, lone
/// CR: SPEC §3) before it.
@Suite("Whole-line feeding (property)")
struct WholeLineFeedingPropertyTests {
    static let pieces: [[UInt8]] = [
        [0x61], [0x62], [0x20], [0x09], [0x2C], [0x2C], [0x0D], [0x0A], [0x0A], [0x0D, 0x0A], [0xC3, 0xA9], [0xFF],
    ]
    static let file = Gen<[UInt8]?>.element(of: pieces).map { $0! }.array(of: 0...150).map { $0.flatMap { $0 } }
    static let chunkSize = Gen<Int?>.element(of: [4, 6, 9, 17, 64, 1 << 20]).map { $0! }

    @Test func rowsAndLinesMatchAReferenceReading() async throws {
        await propertyCheck(count: 1500, input: Self.file, Self.chunkSize) { bytes, chunk in
            var options = CSVReadOptions()
            options.chunkSize = chunk
            var read: [Row] = []
            try withTemporaryFile(bytes) { path in
                try CSVReader(path: path, options: options).forEachRecord { record in
                    read.append(Row(line: record.line, fields: (0..<record.count).map { Array(record.bytes($0)) }))
                }
            }
            #expect(read == Self.reference(bytes), "chunks of \(chunk), bytes \(bytes)")
        }
    }

    struct Row: Equatable {
        var line: Int
        var fields: [[UInt8]]
    }

    /// The rows of quote-free CSV, read byte by byte.
    static func reference(_ bytes: [UInt8]) -> [Row] {
        var rows: [Row] = []
        var line = 1, row: Row?, field: [UInt8] = []
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case 0x0D, 0x0A:
                if var ended = row {
                    ended.fields.append(field)
                    rows.append(ended)
                    row = nil
                    field = []
                }
                // CRLF is one line end: its CR counts, its LF does not.
                if byte == 0x0D || index == 0 || bytes[index - 1] != 0x0D { line += 1 }
            case 0x2C:
                if row == nil { row = Row(line: line, fields: []) }
                row!.fields.append(field)
                field = []
            default:
                if row == nil { row = Row(line: line, fields: []) }
                field.append(byte)
            }
        }
        if var ended = row {
            ended.fields.append(field)
            rows.append(ended)
        }
        return rows
    }
}
