import Testing
@testable import OnboardingModel

/// SPEC §3 "Numbers never trap": the decimals spreadsheets and pandas write are
/// read wherever a number is, and no arithmetic on them can trap.
struct NumbersNeverTrapTests {
    @Test func sumsAndProductsBeyond64BitsAreApproximatedNotTrapped() {
        // Each of these overflowed Int64 in the exact arithmetic and trapped (signal 4).
        // 5/6 × Int64.max fits, but the common denominator 6 × Int64.max did not.
        let big = Rational(Int64.max, 3) + Rational(Int64.max, 2)
        #expect(abs(big.doubleValue / (Double(Int64.max) * 5 / 6) - 1) < 1e-15)
        let beyond = Rational(Int64.max) + Rational(Int64.max)       // 2 × Int64.max does not fit: saturates
        #expect(beyond == Rational(Int64.max))
        let tiny = Rational(1, 3_000_000_019) * Rational(1, 3_000_000_021)
        // 1 / (9.00000012e18 + …): a denominator past Int64; the nearest fraction that fits is 0.
        #expect(tiny >= .zero && tiny < Rational(1, 1_000_000_000_000))
        let sum = Rational(1, 3_000_000_019) + Rational(1, 3_000_000_021)
        // ≈ 6.6666666e-10: within a part in 10^6 of the exact value.
        #expect(abs(sum.doubleValue - (1 / 3_000_000_019.0 + 1 / 3_000_000_021.0)) < 1e-15)
        #expect((Rational(Int64.max) - Rational(-Int64.max)) == Rational(Int64.max))
        #expect(Rational(Int64.min, 1).numerator == -Int64.max)      // no negation trap
        #expect(Rational(1, Int64.min) == .zero)                    // −1.08e-19: the nearest that fits
    }

    @Test func repeatedThirdsOfTheIssueStayExactEnough() {
        // forecast deals 3.3333333333333335 over a 31-day month, × W, ÷ capacity, summed a year.
        let deals = Rational(decimal: "3.3333333333333335")!
        var total = Rational.zero
        for days in [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] {
            total += deals / Rational(days) * Rational(167, 7) / Rational(decimal: "12.5")!
        }
        // Hand check: 3.333333333 × 167/7 / 12.5 = 6.361904; Σ 1/d = 7/31 + 4/30 + 1/28
        // = 0.394854; the product is 2.512024.
        #expect(abs(total.doubleValue - 2.512_024) < 0.000_01)
    }

    @Test func formattingHugeValuesDoesNotTrap() {
        // n × 10^places did not fit 64 bits: dividingFullWidth trapped.
        #expect(Rational(Int64.max).formatted(places: 2) == "9223372036854775807.00")
        #expect(Rational(-Int64.max, 2).formatted(places: 4) == "-4611686018427387903.5000")
        #expect(Rational(Int64.max - 1, Int64.max).formatted(places: 18) == "1.000000000000000000")
    }

    @Test(arguments: ["0.333333333333333", "0.30000000000000004", "3.3333333333333335", "1.4142135623730951"])
    func handoffWeightsOfSpreadsheetPrecisionLoad(weight: String) throws {
        // A weight of 0.333333333333333 trapped in the handoff total; 17 digits were refused.
        let yaml = "handoff: {weights: {goals: \(weight), champion: \(weight), exec_sponsor: 0.30000000000000004}}"
        let config = try ConfigLoader.load(yaml: yaml, source: "onboarding.yaml")
        #expect(config.handoff.weights["goals"] == Rational(decimal: weight))
        var total = Rational.zero
        for field in config.handoff.fields { total += config.handoff.weights[field] ?? .one }
        #expect(total > .zero)
    }

    @Test func thresholdsAndRatesOfSpreadsheetPrecisionLoad() throws {
        let yaml = """
            thresholds: {max_reject_rate: 0.30000000000000004, completion_rate_warning: 0.6000000000000001}
            currency: {rates: {EUR: 1.0800000000000001}}
            """
        let config = try ConfigLoader.load(yaml: yaml, source: "onboarding.yaml")
        #expect(config.thresholds.maxRejectRate == Rational(3, 10))
        #expect(config.thresholds.completionRateWarning == Rational(3, 5))
        #expect(config.currency.rates["EUR"] == Rational(27, 25))
    }

    @Test func anyDecimalTextAndAnyArithmeticOnItNeverTraps() {
        // 20,000 texts of digits, points, signs and exponents (a fixed LCG, so reproducible);
        // each one read, then combined with the others by + − × ÷ and formatted. A trap fails the run.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        let alphabet = Array("0123456789012345678999.e-+")
        var values: [Rational] = [.one]
        for _ in 0..<20_000 {
            let text = String((0..<(1 + next(40))).map { _ in alphabet[next(alphabet.count)] })
            guard let value = Rational(decimal: text) else { continue }
            #expect(value.denominator > 0)
            let other = values[next(values.count)]
            var results = [value + other, value - other, value * other]
            if other != .zero { results.append(value / other) }
            for r in results { _ = r.formatted(places: next(19)) }
            values.append(value)
        }
        #expect(values.count > 1_000)
    }
}
