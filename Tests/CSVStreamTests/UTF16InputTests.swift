import Testing
@testable import CSVStream

/// UTF-16 bytes of `text` in the given byte order, without a byte-order mark.
private func utf16Bytes(_ text: String, _ order: UTF16Transcoder.ByteOrder) -> [UInt8] {
    text.utf16.flatMap { unit -> [UInt8] in
        let high = UInt8(unit >> 8), low = UInt8(unit & 0xFF)
        return order == .littleEndian ? [low, high] : [high, low]
    }
}

@Suite("UTF-16 exports (SPEC §3 Real CRM exports)")
struct UTF16InputTests {
    static let text = "id\tname\r\n1\tCafé 日本 🎉\r\n\r\n2\t\"two\r\nlines\"\r\n3\tend\r\n"
    // Lines: 1 header, 2 row 1, 3 blank, 4-5 row 2, 6 row 3.
    static let expected = [
        ReadRecord(1, ["id", "name"]), ReadRecord(2, ["1", "Café 日本 🎉"]),
        ReadRecord(4, ["2", "two\r\nlines"]), ReadRecord(6, ["3", "end"]),
    ]

    @Test func littleEndianWithMark() throws {
        let bytes: [UInt8] = [0xFF, 0xFE] + utf16Bytes(Self.text, .littleEndian)
        #expect(try readAll(bytes: bytes, delimiter: 0x09) == Self.expected)
    }

    @Test func bigEndianWithMark() throws {
        let bytes: [UInt8] = [0xFE, 0xFF] + utf16Bytes(Self.text, .bigEndian)
        #expect(try readAll(bytes: bytes, delimiter: 0x09) == Self.expected)
    }

    @Test func withoutMarkIsNotTranscoded() throws {
        // "a" in UTF-16LE is 61 00: read as UTF-8 it is "a" and a NUL byte.
        #expect(try readAll(bytes: utf16Bytes("a\n", .littleEndian)).map(\.fields) == [["a\0"], ["\0"]])
    }

    @Test func splitAnywhereGivesTheSameUTF8() {
        // "é🎉" has a 2-byte unit then a surrogate pair; every cut must give the same bytes.
        let input = utf16Bytes("aé🎉z", .littleEndian)
        let expected = Array("aé🎉z".utf8)
        for cut in 0...input.count {
            var transcoder = UTF16Transcoder(byteOrder: .littleEndian)
            var output: [UInt8] = []
            input[..<cut].withUnsafeBytes { transcoder.transcode($0) }
            output += transcoder.output
            input[cut...].withUnsafeBytes { transcoder.transcode($0) }
            output += transcoder.output
            transcoder.finish()
            output += transcoder.output
            #expect(output == expected, "cut at byte \(cut)")
        }
    }

    @Test func loneSurrogateIsReportedAsInvalidText() throws {
        // Field 1 is "x", then a lone high surrogate D800 at byte offset 1, then "y".
        let bytes: [UInt8] = [0xFF, 0xFE] + utf16Bytes("a,x", .littleEndian) + [0x00, 0xD8]
            + utf16Bytes("y\n", .littleEndian)
        try withTemporaryFile(bytes) { path in
            let reader = try CSVReader(path: path)
            var found: [Int] = []
            try reader.forEachRecord { record in
                let invalid = try #require(record.invalidUTF8)
                found += [invalid.field, invalid.byteOffset]
            }
            #expect(found == [1, 1])
        }
    }

    @Test func oddFinalByteIsReportedAsInvalidText() throws {
        let bytes: [UInt8] = [0xFF, 0xFE] + utf16Bytes("ab", .littleEndian) + [0x63]
        try withTemporaryFile(bytes) { path in
            let reader = try CSVReader(path: path)
            var found: [Int] = []
            try reader.forEachRecord { record in
                let invalid = try #require(record.invalidUTF8)
                found += [invalid.field, invalid.byteOffset]
            }
            // "ab" then the 0xFF standing for the half unit at offset 2.
            #expect(found == [0, 2])
        }
    }
}
