import Testing
@testable import CSVStream

/// Raw record bytes and where the first invalid UTF-8 sequence is expected.
struct UTF8Case: Sendable, CustomTestStringConvertible {
    let name: String
    let bytes: [UInt8]
    let expected: Location?
    var testDescription: String { name }

    struct Location: Equatable, Sendable {
        let field: Int
        let byteOffset: Int
        static func at(_ field: Int, _ byteOffset: Int) -> Location { Location(field: field, byteOffset: byteOffset) }
    }
}

@Suite("Invalid UTF-8 (SPEC §3 Bad rows)")
struct CSVRecordUTF8Tests {
    static let a = UInt8(ascii: "a")
    static let comma = UInt8(ascii: ",")

    static let cases: [UTF8Case] = [
        UTF8Case(name: "ASCII", bytes: Array("abc,def".utf8), expected: nil),
        UTF8Case(name: "valid multi-byte", bytes: Array("é,日本,🎉,\u{10FFFF}".utf8), expected: nil),
        // Field 1 is "c", 0xFF, "d": the bad byte is at offset 1.
        UTF8Case(name: "stray 0xFF", bytes: [a, a, comma, 0x63, 0xFF, 0x64], expected: .at(1, 1)),
        // Latin-1 "café" in field 0: é is the single byte 0xE9 at offset 3.
        UTF8Case(name: "Latin-1 text", bytes: [0x63, 0x61, 0x66, 0xE9, comma, a], expected: .at(0, 3)),
        UTF8Case(name: "overlong slash", bytes: [0xC0, 0xAF], expected: .at(0, 0)),
        UTF8Case(name: "overlong 3-byte", bytes: [a, 0xE0, 0x80, 0xAF], expected: .at(0, 1)),
        UTF8Case(name: "UTF-16 surrogate", bytes: [0xED, 0xA0, 0x80], expected: .at(0, 0)),
        UTF8Case(name: "above U+10FFFF", bytes: [0xF4, 0x90, 0x80, 0x80], expected: .at(0, 0)),
        // "é" cut after its lead byte C3, right before the delimiter.
        UTF8Case(name: "truncated before delimiter", bytes: [a, 0xC3, comma, a], expected: .at(0, 1)),
        UTF8Case(name: "bad continuation", bytes: [comma, 0xE6, 0x97, 0x41], expected: .at(1, 0)),
        // 11 ASCII bytes then 0x80: the first 8-byte word is clean, the bad byte is in the tail.
        UTF8Case(name: "invalid in the byte tail", bytes: Array("abcdefghijk".utf8) + [0x80], expected: .at(0, 11)),
        // 9 ASCII bytes then 0xFF then 8 more: the bad byte is inside the second 8-byte word.
        UTF8Case(
            name: "invalid inside a later word", bytes: Array("abcdefghi".utf8) + [0xFF] + Array("abcdefgh".utf8),
            expected: .at(0, 9)),
    ]

    @Test(arguments: cases)
    func locatesFirstInvalidSequence(_ utf8Case: UTF8Case) throws {
        try withTemporaryFile(utf8Case.bytes + [0x0A]) { path in
            let reader = try CSVReader(path: path)
            var found: [UTF8Case.Location?] = []
            try reader.forEachRecord { record in
                found.append(record.invalidUTF8.map { .init(field: $0.field, byteOffset: $0.byteOffset) })
            }
            #expect(found == [utf8Case.expected])
        }
    }

    @Test func stringRepairsInvalidBytes() throws {
        let records = try readAll(bytes: [0x63, 0xFF, 0x64, 0x0A])
        #expect(records.map(\.fields) == [["c\u{FFFD}d"]])
    }
}
