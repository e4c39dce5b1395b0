import Foundation
import OnboardingModel
import Testing
@testable import SampleExports

@Suite("Sample building blocks: random streams, byte formatting")
struct BuildingBlocksTests {
    @Test("a stream is fixed by (seed, purpose, index) and differs when any of them changes")
    func streams() {
        func first(_ seed: UInt64, _ purpose: SampleRandom.Purpose, _ index: Int) -> [UInt64] {
            var r = SampleRandom(seed: seed, purpose: purpose, index: index)
            return (0..<4).map { _ in r.next() }
        }
        #expect(first(1, .story, 7) == first(1, .story, 7))
        #expect(first(1, .story, 7) != first(2, .story, 7))
        #expect(first(1, .story, 7) != first(1, .events, 7))
        #expect(first(1, .story, 7) != first(1, .story, 8))
    }

    @Test("bounded draws stay in range and reach both ends")
    func ranges() {
        var r = SampleRandom(seed: 3, purpose: .story, index: 0)
        var seen = Set<Int>()
        for _ in 0..<2000 {
            let v = r.int(in: 2...5)
            #expect((2...5).contains(v))
            seen.insert(v)
            let u = r.unit()
            #expect(u >= 0 && u < 1)
        }
        #expect(seen == [2, 3, 4, 5])
        // Weight 0 is never drawn.
        #expect((0..<500).allSatisfy { _ in r.weighted([3, 0, 1]) != 1 })
    }

    @Test("isMarked picks exactly one account in every complete block", arguments: [7, 100, 1500])
    func marks(every: Int) {
        for block in 0..<5 {
            let marked = (block * every..<(block + 1) * every).filter {
                SampleRandom.isMarked(seed: 42, salt: 9, index: $0, every: every)
            }
            #expect(marked.count == 1)
        }
    }

    @Test("integers and days are formatted by hand", arguments: [
        ("zero", 0, 1, "0"),
        ("padded month", 7, 2, "07"),
        ("year", 2026, 4, "2026"),
        ("wider than asked", 123, 2, "123"),
        ("account number", 42, 6, "000042"),
        ("nine digits (past the packed fast path)", 123_456_789, 1, "123456789"),
        ("padding across the split", 5, 10, "0000000005"),
    ])
    func integers(name: String, value: Int, width: Int, expected: String) throws {
        #expect(try render { $0.int(value, width: width) } == expected, "\(name)")
    }

    @Test("days, clocks and tenths")
    func days() throws {
        #expect(try render { $0.day(Day(year: 2026, month: 2, day: 9)!) } == "2026-02-09")
        // 10:22:31 = 37351 s.
        #expect(try render { $0.clock(37_351) } == "10:22:31")
        #expect(try render { $0.tenths(415) } == "41.5")
        #expect(try render { $0.tenths(7) } == "0.7")
    }

    @Test("date styles are the spellings SPEC §3 reads", arguments: [
        (MessyFormats.DateStyle.iso, "2026-06-30"),
        (.slash, "6/30/2026"),
    ])
    func dateStyles(style: MessyFormats.DateStyle, expected: String) throws {
        var r = SampleRandom(seed: 1, purpose: .deals, index: 0)
        let day = Day(year: 2026, month: 6, day: 30)!
        #expect(try render { MessyFormats.write(day, style, to: &$0, &r) } == expected)
    }

    @Test("date-times keep the intended UTC day")
    func dateTimes() throws {
        var r = SampleRandom(seed: 1, purpose: .deals, index: 0)
        let day = Day(year: 2026, month: 6, day: 30)!
        for style in [MessyFormats.DateStyle.dateTime, .spaced] {
            let text = try render { MessyFormats.write(day, style, to: &$0, &r) }
            #expect(text.hasPrefix("2026-06-30"))
            #expect(TestDates.day(text) == day)
        }
    }

    @Test("every money spelling reads back as the same amount")
    func money() throws {
        var r = SampleRandom(seed: 2, purpose: .deals, index: 0)
        var spellings = Set<String>()
        for _ in 0..<3000 {
            let raw = try render { MessyFormats.writeMoney(1_234_567, to: &$0, &r) }
            // Grouped spellings are written quoted: they hold commas.
            let text = TestCSV.parse(raw + "\n")[0]
            #expect(text.count == 1)
            #expect(TestDates.money(text[0]) == 1_234_567)
            spellings.insert(String(text[0].prefix(1)))
        }
        // Bare digits, `$`, `U`SD, `£` and `€` all occur.
        #expect(spellings == ["1", "$", "U", "£", "€"])
    }

    @Test("fields are quoted only when they need it", arguments: [
        ("plain", "Acme Logistics", "Acme Logistics"),
        ("comma", "Smith, Jones", "\"Smith, Jones\""),
        ("quote", "The \"Bright\" Co", "\"The \"\"Bright\"\" Co\""),
        ("newline", "Harbor\nHoldings", "\"Harbor\nHoldings\""),
        ("formula stays as data", "=1+2", "=1+2"),
        ("UTF-8", "Café Müller", "Café Müller"),
    ])
    func quoting(name: String, text: String, expected: String) {
        #expect(String(decoding: CSVField.encode(text), as: UTF8.self) == expected, "\(name)")
    }

    /// What `body` appends to a fresh sink, as text.
    private func render(_ body: (inout ByteSink) -> Void) throws -> String {
        let path = NSTemporaryDirectory() + "bytesink-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: path) }
        var sink = try ByteSink(path: path)
        body(&sink)
        try sink.close()
        return String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    }
}
