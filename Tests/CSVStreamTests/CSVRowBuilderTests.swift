import Foundation
import Testing
@testable import CSVStream

/// A row built cell by cell and the exact CSV text it must give.
struct BuiltRowCase: Sendable, CustomTestStringConvertible {
    let name: String
    let build: @Sendable (inout CSVRowBuilder) -> Void
    let text: String
    var testDescription: String { name }
}

@Suite("CSV row builder (SPEC §7)")
struct CSVRowBuilderTests {
    static let cases: [BuiltRowCase] = [
        BuiltRowCase(name: "integers, negative and zero", build: { $0.integer(42); $0.integer(-7); $0.integer(0) },
                     text: "42,-7,0\n"),
        // 123.45 with two places; 0.05 keeps its leading zero; a negative zero has no sign.
        BuiltRowCase(name: "decimals", build: {
            $0.decimal(12_345, negative: false, places: 2); $0.decimal(5, negative: false, places: 2)
            $0.decimal(5, negative: true, places: 1); $0.decimal(0, negative: true, places: 1)
            $0.decimal(17, negative: false, places: 0)
        }, text: "123.45,0.05,-0.5,0.0,17\n"),
        BuiltRowCase(name: "dates are zero-padded", build: { $0.date(year: 987, month: 3, day: 4) },
                     text: "0987-03-04\n"),
        BuiltRowCase(name: "input text gets the formula guard", build: { $0.input("=1"); $0.input("a=1") },
                     text: "'=1,a=1\n"),
        // The guard's apostrophe comes first, so only the CR forces quotes.
        BuiltRowCase(name: "guarded text with CR is quoted", build: { $0.input("\rx") }, text: "\"'\rx\"\n"),
        BuiltRowCase(name: "a leading space is quoted, a guarded one is not lead", build: {
            $0.text(" a"); $0.input("+ b ")
        }, text: "\" a\",\"'+ b \"\n"),
        BuiltRowCase(name: "joined parts", build: { $0.joined(["a", "b"], separator: UInt8(ascii: ";")) },
                     text: "a;b\n"),
        BuiltRowCase(name: "joined parts quoted as one cell", build: {
            $0.joined(["x,y", "say \"hi\""], separator: UInt8(ascii: ";")); $0.joined([], separator: 0x3B)
        }, text: "\"x,y;say \"\"hi\"\"\",\n"),
        BuiltRowCase(name: "joined with a comma separator is quoted",
                     build: { $0.joined(["a", "b"], separator: UInt8(ascii: ",")) }, text: "\"a,b\"\n"),
        // Readers drop a leading U+FEFF as a byte-order mark, so a cell starting with one is quoted.
        BuiltRowCase(name: "byte-order mark first is quoted", build: {
            $0.text("\u{FEFF}x"); $0.input("\u{FEFF}y"); $0.joined(["\u{FEFF}z", "w"], separator: 0x3B)
        }, text: "\"\u{FEFF}x\",\"\u{FEFF}y\",\"\u{FEFF}z;w\"\n"),
        BuiltRowCase(name: "one empty cell", build: { $0.empty() }, text: "\"\"\n"),
        BuiltRowCase(name: "two empty cells", build: { $0.empty(); $0.text("") }, text: ",\n"),
    ]

    @Test(arguments: cases)
    func buildsOneRecord(_ c: BuiltRowCase) {
        #expect(CSVWriter.encode(c.build) == c.text)
    }

    @Test func builtRowsMatchStringRows() {
        let fields = ["1", "Acme, Inc.", "", " padded ", "multi\nline", "é"]
        #expect(CSVWriter.encode { row in fields.forEach { row.text($0) } } == CSVWriter.encode(fields))
    }

    @Test func writerHandsEveryWrittenByteToOnWrite() throws {
        try withTemporaryPath { path in
            let writer = try CSVWriter(path: path)
            var seen: [UInt8] = []
            writer.onWrite = { seen.append(contentsOf: $0) }
            for i in 0..<10_000 { try writer.writeRow { $0.integer(i); $0.text("row") } }
            try writer.close()
            #expect(seen == Array(try String(contentsOfFile: path, encoding: .utf8).utf8))
        }
    }
}
