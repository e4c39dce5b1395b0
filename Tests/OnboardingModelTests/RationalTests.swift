import Testing
@testable import OnboardingModel

/// `Rational`: exact fractions for every figure compared with a threshold.
struct RationalTests {
    @Test func reducesToLowestTermsWithPositiveDenominator() {
        let cases: [(Rational, Int64, Int64)] = [
            (Rational(6, 4), 3, 2),
            (Rational(-6, -4), 3, 2),
            (Rational(6, -4), -3, 2),
            (Rational(0, 5), 0, 1),
            (Rational(0, -5), 0, 1),
            (Rational(7), 7, 1),
            (Rational(30, 25), 6, 5),
        ]
        for (r, n, d) in cases {
            #expect(r.numerator == n && r.denominator == d, "\(r) should be \(n)/\(d)")
        }
    }

    @Test(arguments: [
        ("0.60", Rational(3, 5)),
        ("1.08", Rational(27, 25)),
        ("12", Rational(12)),
        ("-0.25", Rational(-1, 4)),
        ("+3.5", Rational(7, 2)),
        (".5", Rational(1, 2)),
        ("5.", Rational(5)),
        ("-0", Rational(0)),
        ("100000", Rational(100_000)),
        // SPEC §3: any decimal a spreadsheet or pandas writes, rounded to 9 places.
        ("3.3333333333333335", Rational(3_333_333_333, 1_000_000_000)),
        ("2.2222222222222223", Rational(2_222_222_222, 1_000_000_000)),
        ("1.4142135623730951", Rational(1_414_213_562, 1_000_000_000)),
        ("0.30000000000000004", Rational(3, 10)),
        ("0.333333333333333", Rational(333_333_333, 1_000_000_000)),
        ("0.9999999995", Rational(1)),                 // the half rounds away from zero, carrying
        ("-0.0000000005", Rational(-1, 1_000_000_000)),
        ("0.0000000001", Rational(0)),
        ("1e-05", Rational(1, 100_000)),               // pandas writes small floats so
        ("1.5E+3", Rational(1_500)),
        ("2.5e2", Rational(250)),
        ("123456789012345678", Rational(123_456_789_012_345_678)),
        ("9223372036.854775807", Rational(9_223_372_036_854_775_807, 1_000_000_000)),
        (String(repeating: "1", count: 400) + "e-396", Rational(1_111_111_111_111, 1_000_000_000)),  // any number of digits
    ])
    func parsesDecimals(text: String, value: Rational) {
        #expect(Rational(decimal: text) == value)
    }

    @Test(arguments: ["", "-", "+", ".", "1.2.3", "1e", "1e+", "e5", "abc", " 1", "1 ", "1,000", "0x10", "--1",
                      "1.-2", "١٢", "inf", "nan",
                      // Beyond a 64-bit numerator: refused, never a trap.
                      "12345678901234567890", "92233720368547758070.5", "1e19", "1e99999999999999999999",
                      String(repeating: "9", count: 5_000)])
    func rejectsNonDecimals(text: String) {
        #expect(Rational(decimal: text) == nil)
    }

    @Test func comparesExactly() {
        // 30 accounts at 25 per CSM is exactly the 1.2 threshold.
        #expect(Rational(30, 25) == Rational(12, 10))
        #expect(Rational(30) / Rational(25) == Rational(decimal: "1.2")!)
        #expect(!(Rational(30, 25) > Rational(decimal: "1.2")!))
        #expect(Rational(1, 3) < Rational(decimal: "0.34")!)
        #expect(Rational(-1, 2) < Rational(-1, 3))
        #expect(Rational(-1, 3) < .zero)
        // Cross-multiplying these overflows 64 bits; the comparison must not.
        let big = Rational(Int64.max, 3), bigger = Rational(Int64.max, 2)
        #expect(big < bigger)
        #expect(Rational(-Int64.max, 2) < Rational(-Int64.max, 3))
    }

    @Test func arithmetic() {
        #expect(Rational(1, 3) + Rational(1, 6) == Rational(1, 2))
        #expect(Rational(1, 2) - Rational(3, 4) == Rational(-1, 4))
        #expect(Rational(2, 3) * Rational(3, 4) == Rational(1, 2))
        #expect(Rational(1, 2) / Rational(1, 4) == Rational(2))
        #expect(Rational(-2, 3) * Rational(-3, 2) == .one)
        var sum = Rational.zero
        for _ in 0..<10 { sum += Rational(1, 10) }  // ten tenths are exactly one
        #expect(sum == .one)
        #expect(Rational.ratio(3, 6) == Rational(1, 2))
        #expect(Rational.ratio(3, 0) == nil)
    }

    @Test(arguments: [
        (Rational(1, 8), 2, "0.13"),     // 0.125: half rounds away from zero
        (Rational(-1, 8), 2, "-0.13"),
        (Rational(1, 3), 4, "0.3333"),
        (Rational(2, 3), 4, "0.6667"),
        (Rational(5, 2), 0, "3"),
        (Rational(-5, 2), 0, "-3"),
        (Rational(1, 2), 0, "1"),
        (Rational(-1, 1000), 2, "0.00"), // rounds to zero: no minus sign
        (Rational(12), 1, "12.0"),
        (Rational(1, 20), 1, "0.1"),
        (Rational(-1, 20), 1, "-0.1"),
        (Rational(3, 5), 4, "0.6000"),
        (Rational(-7, 4), 1, "-1.8"),
        (Rational(123_456, 100), 2, "1234.56"),
        // Remainder near Int64.max: 2r would overflow.
        (Rational(Int64.max - 1, Int64.max), 0, "1"),
        (Rational(1, Int64.max), 0, "0"),
    ])
    func formatsRoundingHalfAwayFromZero(value: Rational, places: Int, text: String) {
        #expect(value.formatted(places: places) == text)
    }

    @Test func description() {
        #expect(Rational(3, 2).description == "3/2")
        #expect(Rational(-3, 2).description == "-3/2")
        #expect(Rational(5).description == "5")
        #expect(abs(Rational(1, 3).doubleValue - 0.333_333_333_333_333_3) < 1e-15)
    }
}
