import PropertyBased
import Testing
@testable import CSVStream

/// Property: feeding libcsv spaces and tabs as placeholders (`SpacePlaceholders`)
/// reads every file exactly as its per-byte space function does: the same
/// records, lines and field bytes, or the same error.
///
/// The inputs are dense in what the rewrite could get wrong: spaces and tabs
/// next to delimiters, quotes and line breaks (where libcsv would trim), bytes
/// 0xFF and 0xFE that already look like placeholders, and quoted fields open
/// across chunks of a few bytes, so that chunks fed both ways meet inside one
/// field.
@Suite("Space placeholders (property)")
struct SpacePlaceholderPropertyTests {
    static let pieces: [[UInt8]] = [
        [0x61], [0x62], [0x20], [0x20, 0x20], [0x09], [0x2C], [0x3B], [0x22], [0x22, 0x22], [0x0D], [0x0A],
        [0x0D, 0x0A], [0xFF], [0xFE], [0xC3, 0xA9],
    ]
    static let file = Gen<[UInt8]?>.element(of: pieces).map { $0! }.array(of: 0...120).map { $0.flatMap { $0 } }
    static let delimiter = Gen<UInt8?>.element(of: [0x2C, 0x3B, 0x09]).map { $0! }
    static let chunkSize = Gen<Int?>.element(of: [4, 5, 7, 16, 64, 1 << 20]).map { $0! }

    @Test func placeholdersReadLikeTheSpaceFunction() async throws {
        await propertyCheck(count: 1500, input: Self.file, Self.delimiter, Self.chunkSize) { bytes, delimiter, chunk in
            let reference = read(bytes, delimiter: delimiter, chunkSize: 1 << 20, placeholders: false)
            let rewritten = read(bytes, delimiter: delimiter, chunkSize: chunk, placeholders: true)
            #expect(rewritten == reference, "delimiter \(delimiter), chunks of \(chunk), bytes \(bytes)")
        }
    }

    @Test func aFieldOpenAcrossChunksFedBothWaysKeepsItsBytes() throws {
        // Chunks of 8: the quoted field starts in a chunk with spaces (rewritten),
        // runs through one holding 0xFF (fed as it is) and ends in another with
        // spaces; only the rewritten parts may turn back into spaces.
        var bytes = Array("id,\"a b c d".utf8)
        bytes += [0xFF, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67]
        bytes += Array(" x y\",z\n".utf8)
        let read = read(bytes, delimiter: 0x2C, chunkSize: 8, placeholders: true)
        #expect(read == .success([Row(line: 1, fields: [Array("id".utf8),
                                                          Array("a b c d".utf8) + [0xFF] + Array("abcdefg x y".utf8),
                                                          Array("z".utf8)])]))
    }

    struct Row: Equatable, Sendable {
        var line: Int
        var fields: [[UInt8]]
    }

    private func read(_ bytes: [UInt8], delimiter: UInt8, chunkSize: Int, placeholders: Bool) -> Result<[Row], CSVError> {
        do {
            return .success(try withTemporaryFile(bytes) { path in
                var options = CSVReadOptions(delimiter: delimiter)
                options.chunkSize = chunkSize
                options.spacePlaceholders = placeholders
                var rows: [Row] = []
                try CSVReader(path: path, options: options).forEachRecord { record in
                    rows.append(Row(line: record.line, fields: (0..<record.count).map { Array(record.bytes($0)) }))
                }
                return rows
            })
        } catch let error as CSVError {
            return .failure(error)
        } catch {
            Issue.record("unexpected error \(error)")
            return .success([])
        }
    }
}

extension CSVError: Equatable {
    public static func == (a: CSVError, b: CSVError) -> Bool { a.kind == b.kind }
}
