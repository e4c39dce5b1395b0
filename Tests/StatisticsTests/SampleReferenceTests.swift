import Testing
@testable import Statistics

/// The statistics of the committed example report (reports/example/week/2026-W47, from the
/// 400-account sample) against scipy, statsmodels and lifelines: every 2×2 table of its
/// outcomes.csv and the TTV observations of its pilot and baseline, as
/// `scripts/reference/outcomes_statistics.py --record --report reports/example/week/2026-W47
/// --data sample-data` printed them. The cases are counts and times, so they stay valid when
/// the sample is re-generated.
struct SampleReferenceTests {
    /// (retained, eligible, reference retained, reference eligible, Wilson low, high,
    /// ratio, low, high, Fisher p) of each band compared with its reference.
    @Test(arguments: [
        (50, 50, 218, 221, 0.9286524008666412, 1.0,
         1.0137614678899083, 0.9982030298315705, 1.0295624067096953, 1.0),
        (7, 8, 42, 47, 0.5291118177871466, 0.9775825085499434,
         0.9791666666666667, 0.7401339279683797, 1.2953971232515529, 1.0),
        (15, 15, 218, 221, 0.7961166989641513, 1.0,
         1.0137614678899083, 0.9982030298315705, 1.0295624067096953, 1.0),
        (6, 7, 42, 47, 0.4868721707256809, 0.9743203756552563,
         0.9591836734693877, 0.6978285292384765, 1.3184231955294794, 1.0),
        (10, 20, 218, 221, 0.2992980081982123, 0.7007019918017877,
         0.5068807339449541, 0.3269285516339897, 0.7858844911539485, 3.1062170086849687e-10),
        (1, 3, 42, 47, 0.06149194472039626, 0.7923403991979523,
         0.373015873015873, 0.0750594054586048, 1.8537429209791696, 0.047857142857142855),
        (85, 98, 208, 208, 0.7861710985395127, 0.9208101332078238,
         0.8673469387755102, 0.8027242016252928, 0.9371720831140629, 2.101011511030167e-07),
        (19, 27, 37, 38, 0.5151931703585184, 0.8414695953022024,
         0.7227227227227228, 0.5627018030230243, 0.9282503292749771, 0.0027856968673475916),
        (72, 76, 221, 230, 0.8723432742411035, 0.9793445707006156,
         0.9859490354846392, 0.9294037099344868, 1.0459346032109262, 0.7426947855878033),
        (13, 16, 43, 49, 0.5699111903802585, 0.9340840092857186,
         0.9258720930232558, 0.7156285694680363, 1.1978827693764302, 0.6775377503594995),
        (29, 31, 264, 275, 0.7928136326370187, 0.9821252164780855,
         0.9744623655913979, 0.8856702969400444, 1.0721562021835143, 0.6289387943445967),
        (5, 5, 51, 60, 0.5655175352168252, 1.0,
         1.1764705882352942, 1.0578356259599215, 1.308410315380263, 1.0),
        (27, 28, 64, 65, 0.8228780225664668, 0.9936674801509623,
         0.9793526785714285, 0.906328368359369, 1.0582606729625454, 0.5137914913510987),
        (6, 10, 12, 13, 0.31267376973365824, 0.8318196702937638,
         0.6499999999999999, 0.38265749599894083, 1.104120537079899, 0.12686855478617493),
    ] as [(Int, Int, Int, Int, Double, Double, Double, Double, Double, Double)])
    func outcomeTables(_ c: (Int, Int, Int, Int, Double, Double, Double, Double, Double, Double)) throws {
        let (k, n, refK, refN) = (c.0, c.1, c.2, c.3)
        let wilson = try #require(Statistics.wilsonInterval(successes: k, trials: n))
        #expect(close(wilson.low, c.4, tolerance: 1e-12) && close(wilson.high, c.5, tolerance: 1e-12))
        let ratio = try #require(Statistics.riskRatio(a: k, n1: n, c: refK, n2: refN))
        #expect(close(ratio.ratio, c.6, tolerance: 1e-12))
        // scipy's interval uses z = 1.959964, the SPEC's formula 1.96: equal to 4 significant digits.
        #expect(relativelyClose(ratio.low, c.7, 5e-5) && relativelyClose(ratio.high, c.8, 5e-5))
        let p = Statistics.fisherExactTwoSided(a: k, b: n - k, c: refK, d: refN - refK)
        #expect(relativelyClose(p, c.9, 1e-9))
    }

    /// TTV of the pilot (track = pilot) and the baseline at S = 2026-11-22: days to first
    /// value, or "+" for censored (at S, or at churn without first value).
    static let pilot = "2+ 4+ 7 8 9+ 10 10 12 13 13 17 18+ 19 27 33 37 44 46 51+ 52 67+ 67"
    static let baseline = "2+ 2+ 2+ 4+ 5+ 6+ 7 7 7 8+ 8 8 9 9 9 9 9 9 9 9 9 9 10 10 10 10 10 10 10 10 10 10 10 10 10"
        + " 10 10 10 10 10 10 10 10 10 10 11 11 11 11 11 11 11 11 11 11 11 11 11 11 11 11 11 11 11 11"
        + " 11 11 11 11 11 11 11 11 11 11 11 11 11 11 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12"
        + " 12 12 12 12 12 12 12 12 12 12 12 13+ 13 13 13 13 13 13 13 13 13 13 13 13 13 13 13 13 13 13"
        + " 13 13 13 13 13 13 13 13 13 13 13 14 14 14 14 14 14 14 14 14 14 14 14 14 14 14 14 14 14 14"
        + " 14 14 15 15 15 15 15 15 15 16+ 16 16 16 16 16 16 17+ 17+ 17 17 17 18+ 18 18 18 18 18 19+"
        + " 19+ 19 19 19 19 19 20 20 20 20 20 20 20 20 20 21 21 21 21 21 21 21 21 22+ 22 22 22 22 22"
        + " 22 22 23 23 23 23 23 23 23 23 23 23 23 23 24+ 24 24 24 24 24 24 24 25+ 25+ 25 25 25 25 25"
        + " 25 25 25 25 25 25 26+ 26 26 26 26 26 26 26 27 27 27 27 27 27 28+ 28 28 28 28 28 29+ 29 29"
        + " 29 29 29 29 29 29 30+ 30 30 30 30 30 30 31 31 31 31 31 31 32+ 32 32 32 33+ 33 34 34 35 35"
        + " 36 36 36 38 38 40+ 40 40 41 41 42 43 43 43 44+ 44 44 45+ 45 45 46 46 46 47 48 48 50+ 50"
        + " 51+ 51 51 51 52 52 53 54 54 54 55+ 56+ 56 56 57 57 58 59+ 59 61+ 62 64 64 64 65 70 71 72+"
        + " 72+ 72 73+ 73+ 73 76+ 77 83+ 95 101+ 104 104 105 108+ 109+ 116+ 124+ 125+ 129 254+ 261+"
        + " 268+ 394+"

    @Test func pilotAgainstBaselineLogRankAndMedians() throws {
        let pilot = LogRankTestTests.observations(Self.pilot)
        let baseline = LogRankTestTests.observations(Self.baseline)
        #expect(pilot.count == 22 && baseline.count == 378)
        let test = try #require(Statistics.logRankTest(pilot, baseline))
        #expect(relativelyClose(test.chiSquare, 0.32401476297459036, 1e-9))
        #expect(relativelyClose(test.pValue, 0.5692048501523885, 1e-9))
        // lifelines KaplanMeierFitter.median_survival_time_: 27 and 21.
        #expect(KaplanMeier(pilot).median == 27 && KaplanMeier(baseline).median == 21)
    }
}
