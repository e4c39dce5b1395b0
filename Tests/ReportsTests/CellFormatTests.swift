import OnboardingModel
import Testing
@testable import Reports

@Suite struct CellFormatTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let cell: String
        let expected: String
        var testDescription: String { name }
    }

    @Test(arguments: [
        Case(name: "rate 2/3 rounds to 4 places", cell: CellFormat.rate(Rational(2, 3)), expected: "0.6667"),
        Case(name: "rate 1 keeps its zeros", cell: CellFormat.rate(.one), expected: "1.0000"),
        // 1/16 = 0.0625 exactly: no rounding at 4 places.
        Case(name: "rate 1/16", cell: CellFormat.rate(Rational(1, 16)), expected: "0.0625"),
        // 1/32 = 0.03125: the half rounds away from zero.
        Case(name: "rate half rounds up", cell: CellFormat.rate(Rational(1, 32)), expected: "0.0313"),
        Case(name: "nil rate is empty", cell: CellFormat.rate(nil), expected: ""),
        // 86/7 = 12.2857… → 12.3.
        Case(name: "days 86/7", cell: CellFormat.days(Rational(86, 7)), expected: "12.3"),
        // (40 + 41) / 2 = 40.5: a median between two ranks.
        Case(name: "days 81/2", cell: CellFormat.days(Rational(81, 2)), expected: "40.5"),
        Case(name: "nil days is empty", cell: CellFormat.days(nil), expected: ""),
        // 2 promoters, 1 detractor of 3: (2 − 1) / 3 × 100 = 33.33… → 33.3.
        Case(name: "nps 100/3", cell: CellFormat.nps(Rational(100, 3)), expected: "33.3"),
        Case(name: "nps negative", cell: CellFormat.nps(Rational(-100)), expected: "-100.0"),
        Case(name: "integer", cell: CellFormat.integer(17), expected: "17"),
        Case(name: "nil integer is empty", cell: CellFormat.integer(nil), expected: ""),
        Case(name: "true", cell: CellFormat.bool(true), expected: "true"),
        Case(name: "false", cell: CellFormat.bool(false), expected: "false"),
        Case(name: "nil bool is empty", cell: CellFormat.bool(nil), expected: ""),
        Case(name: "date", cell: CellFormat.date(Day(iso: "2026-02-03")), expected: "2026-02-03"),
        Case(name: "nil date is empty", cell: CellFormat.date(nil), expected: ""),
        Case(name: "money with cents", cell: CellFormat.money(cents: 3_000_050), expected: "30000.50"),
        Case(name: "money under one unit", cell: CellFormat.money(cents: 7), expected: "0.07"),
        Case(name: "money zero", cell: CellFormat.money(cents: 0), expected: "0.00"),
    ])
    func formats(_ c: Case) {
        #expect(c.cell == c.expected)
    }
}
