import Testing
@testable import Statistics

/// Katz's log interval for a ratio of proportions against a hand computation and scipy.
struct RiskRatioTests {
    @Test func handComputed() throws {
        // 60/80 against 40/70: RR = 0.75 ÷ 0.571429 = 1.3125;
        // variance 1/60 − 1/80 + 1/40 − 1/70 = 0.0148810, se 0.121988, 1.96·se = 0.239096;
        // ln 1.3125 = 0.271934: exp(0.032838) = 1.03338, exp(0.511029) = 1.66701.
        let rr = try #require(Statistics.riskRatio(a: 60, n1: 80, c: 40, n2: 70))
        #expect(rr.ratio == 1.3125)
        #expect(close(rr.low, 1.03338, tolerance: 1e-5) && close(rr.high, 1.66701, tolerance: 1e-5))
    }

    /// scipy `relative_risk(a, n1, c, n2).confidence_interval()`, recorded by
    /// scripts/reference/outcomes_statistics.py. scipy's z is 1.959964 where the
    /// SPEC's formula says 1.96: the bounds agree to 4 significant digits.
    @Test(arguments: [
        (60, 80, 40, 70, 1.3125, 1.0333878619373353, 1.6669987266644148),
        (5, 12, 9, 10, 0.46296296296296297, 0.2297606202596275, 0.9328609264427014),
        (1, 20, 15, 18, 0.06, 0.00878344667938524, 0.4098618835415947),
        (30, 30, 25, 30, 1.2, 1.022541472057875, 1.4082558403249754),
        (12, 12, 9, 9, 1.0, 1.0, 1.0),
        (2, 7, 3, 5, 0.47619047619047616, 0.12068413194338103, 1.8789327640927616),
    ])
    func scipy(_ a: Int, _ n1: Int, _ c: Int, _ n2: Int, _ ratio: Double, _ low: Double, _ high: Double) throws {
        let rr = try #require(Statistics.riskRatio(a: a, n1: n1, c: c, n2: n2))
        #expect(close(rr.ratio, ratio, tolerance: 1e-12))
        #expect(close(rr.low, low, tolerance: 5e-5 * max(1, 1 / low)))
        #expect(close(rr.high, high))
    }

    @Test func aRateOfZero() throws {
        // The compared rate 0: ratio 0, no log interval.
        let zero = try #require(Statistics.riskRatio(a: 0, n1: 10, c: 4, n2: 10))
        #expect(zero.ratio == 0 && zero.low == nil && zero.high == nil)
        // The reference rate 0: no ratio at all.
        #expect(Statistics.riskRatio(a: 3, n1: 10, c: 0, n2: 10) == nil)
        #expect(Statistics.riskRatio(a: 3, n1: 0, c: 1, n2: 10) == nil)
    }
}
