import CSVStream
import OnboardingModel
import Testing
@testable import Reports

/// The byte writers of accounts.csv and red_flags.csv must give exactly
/// `CellFormat`'s text, which every other table uses.
@Suite struct CellBytesTests {
    /// One cell written as bytes, without its line end.
    func cell(_ build: (inout CSVRowBuilder) -> Void) -> String {
        String(CSVWriter.encode { row in build(&row) }.dropLast())
    }

    @Test(arguments: [0, 1, 2, 4])
    func rationalsRoundLikeFormatted(places: Int) {
        // Halves (1/8, 5/16, −1/32), repeating fractions, whole and large values, both signs.
        let values = [Rational(1, 8), Rational(5, 16), Rational(-1, 32), Rational(2, 3), Rational(-86, 7),
                      Rational(0), Rational(-100), Rational(9_999_999_999, 3), Rational(1, 20_000),
                      Rational(-1, 20_000), Rational(Int64(1) << 40, 7)]
        for value in values {
            #expect(cell { $0.rational(value, places: places) } == value.formatted(places: places), "\(value)")
        }
    }

    @Test func everyKindMatchesCellFormat() {
        let day = Day(iso: "2026-02-03")
        #expect(cell { $0.date(day) } == CellFormat.date(day))
        #expect(cell { $0.date(nil) } == "\"\"")
        for cents: Int64 in [0, 7, 3_000_050, -125] {
            #expect(cell { $0.money(cents: cents) } == CellFormat.money(cents: cents))
        }
        #expect(cell { $0.bool(true) } == "true")
        #expect(cell { $0.bool(false) } == "false")
        #expect(cell { $0.integer(Int?.some(-3)) } == "-3")
        #expect(cell { $0.rational(nil, places: 4) } == "\"\"")
    }
}
