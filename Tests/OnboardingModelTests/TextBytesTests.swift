import Testing
@testable import OnboardingModel

/// `TextBytes` writes numbers, days and decimals byte for byte as their
/// `description` and `formatted(places:)` do: the messages it builds must not
/// change a report.
@Suite struct TextBytesTests {
    @Test("literals and strings, ASCII or not, keep their UTF-8")
    func literalsAndStrings() {
        let name = "Zoë 👍"
        let text: TextBytes = "Snapshot · \(name) …"
        #expect(text.bytes == Array("Snapshot · Zoë 👍 …".utf8))
        #expect(("" as TextBytes).bytes.isEmpty)
        #expect(TextBytes("x").description == "x")
    }

    @Test("integers as Int.description", arguments: [0, 7, -7, 10, 99, 100, -100, 1_234_567, Int.max, Int.min])
    func integers(value: Int) {
        let text: TextBytes = "\(value)"
        #expect(text.description == value.description)
    }

    @Test("days as Day.description, padded years included")
    func days() {
        // Every 37th day from 0001-01-01 to 9999-12-31, and the ends.
        var day = Day(year: 1, month: 1, day: 1)!
        let last = Day(year: 9999, month: 12, day: 31)!
        while day < last {
            let text: TextBytes = "\(day)"
            #expect(text.description == day.description)
            day = day + 37
        }
        let text: TextBytes = "\(last)"
        #expect(text.description == "9999-12-31")
        #expect(("\(Day(year: 33, month: 2, day: 3)!)" as TextBytes).description == "0033-02-03")
    }

    @Test("decimals as Rational.formatted(places:): halves away from zero, negatives, zero padding")
    func decimals() {
        // By hand: 1/8 = 0.125 → 0.13; −1/8 → −0.13; 1/200 = 0.005 → 0.01; −1/1000 → -0.00 is "0.00".
        #expect(("\(Rational(1, 8), places: 2)" as TextBytes).description == "0.13")
        #expect(("\(Rational(-1, 8), places: 2)" as TextBytes).description == "-0.13")
        #expect(("\(Rational(1, 200), places: 2)" as TextBytes).description == "0.01")
        #expect(("\(Rational(-1, 1000), places: 2)" as TextBytes).description == "0.00")
        #expect(("\(Rational(7), places: 0)" as TextBytes).description == "7")
        var state: UInt64 = 42
        for _ in 0..<5_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let numerator = Int64(truncatingIfNeeded: state >> 20) % 1_000_000_007
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let denominator = Int64(state >> 44) + 1
            let places = Int(state % 7)
            let value = Rational(numerator, denominator)
            #expect(("\(value, places: places)" as TextBytes).description == value.formatted(places: places))
        }
    }

    @Test("append joins texts")
    func append() {
        var text: TextBytes = "a"
        text.append("b\(2)")
        #expect(text.description == "ab2")
    }
}
