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
        (49, 49, 227, 229, 0.9273021807795035, 0.9999999999999999,
         1.0088105726872247, 0.9966205413181578, 1.0211497048008762, 1.0),
        (6, 7, 46, 50, 0.4868721707256809, 0.9743203756552563,
         0.9316770186335402, 0.6810982816852583, 1.274444658562511, 0.49397985147736884),
        (12, 12, 227, 229, 0.7575059933447589, 0.9999999999999999,
         1.0088105726872247, 0.9966205413181578, 1.0211497048008762, 1.0),
        (6, 6, 46, 50, 0.6096657120978346, 1.0,
         1.0869565217391304, 1.0016468150902695, 1.1795320090392867, 1.0),
        (6, 16, 227, 229, 0.1848123255886363, 0.6135895945449727,
         0.3783039647577093, 0.20093983713089572, 0.7122225826139952, 2.8284816949260784e-12),
        (0, 2, 46, 50, 0.0, 0.657619772493347,
         0.0, nil, nil, 0.011312217194570135),
        (82, 94, 211, 211, 0.7900012734290109, 0.9254418612474984,
         0.8723404255319149, 0.8074218007820917, 0.9424786614382936, 4.3947433148178974e-07),
        (19, 25, 39, 40, 0.5657031664457092, 0.8850368630659856,
         0.7794871794871795, 0.621934686137565, 0.976951883417681, 0.01086584684515113),
        (72, 76, 222, 230, 0.8723432742411035, 0.9793445707006156,
         0.9815078236130867, 0.9258341753677184, 1.0405293231167194, 0.5007865897255356),
        (13, 16, 45, 49, 0.5699111903802585, 0.9340840092857186,
         0.8847222222222222, 0.6891957040547746, 1.1357200950161732, 0.34993784460392563),
        (28, 30, 266, 276, 0.7867654163738307, 0.9815229762087296,
         0.968421052631579, 0.8777246748481997, 1.06848919946594, 0.33253709511377016),
        (5, 5, 53, 60, 0.5655175352168252, 1.0,
         1.1320754716981132, 1.0326165408160402, 1.2411140272919765, 1.0),
        (28, 28, 64, 65, 0.8793566952341542, 0.9999999999999999,
         1.015625, 0.9852264507025721, 1.046961477627234, 1.0),
        (9, 10, 12, 13, 0.5958499732047614, 0.982123786904927,
         0.975, 0.7521985853076124, 1.263795251105452, 1.0),
        (109, 114, 185, 192, 0.9014191976891217, 0.981122490446672,
         0.9923186344238976, 0.9458244539218832, 1.0410983435053331, 0.7668830648153009),
        (22, 27, 36, 38, 0.6330131638145156, 0.9181929285702346,
         0.8600823045267489, 0.7078386546198794, 1.0450708868920082, 0.11707980642541316),
    ] as [(Int, Int, Int, Int, Double, Double, Double, Double?, Double?, Double)])
    func outcomeTables(_ c: (Int, Int, Int, Int, Double, Double, Double, Double?, Double?, Double)) throws {
        let (k, n, refK, refN) = (c.0, c.1, c.2, c.3)
        let wilson = try #require(Statistics.wilsonInterval(successes: k, trials: n))
        #expect(close(wilson.low, c.4, tolerance: 1e-12) && close(wilson.high, c.5, tolerance: 1e-12))
        let ratio = try #require(Statistics.riskRatio(a: k, n1: n, c: refK, n2: refN))
        #expect(close(ratio.ratio, c.6, tolerance: 1e-12))
        // scipy's interval uses z = 1.959964, the SPEC's formula 1.96: equal to 4 significant digits.
        if let low = c.7, let high = c.8 {
            #expect(relativelyClose(ratio.low, low, 5e-5) && relativelyClose(ratio.high, high, 5e-5))
        } else {
            // A retention rate of 0: no log interval.
            #expect(ratio.low == nil && ratio.high == nil)
        }
        let p = Statistics.fisherExactTwoSided(a: k, b: n - k, c: refK, d: refN - refK)
        #expect(relativelyClose(p, c.9, 1e-9))
    }

    /// TTV of the pilot (track = pilot) and the baseline at S = 2026-11-22: net days to first
    /// value, or "+" for censored (at net(close, S), or at net(close, churn) without first value).
    static let pilot = "0+ 2+ 2+ 4 8+ 9+ 9 10 10 11 12 13+ 16 17+ 17 20 24 26+ 34 44+ 58"
    static let baseline = "0 0 0 0 0 0 0 2+ 2+ 3 3 4+ 4+ 4+ 4 5 6+ 6 7 7 7 7 8 8 8 8 8 8 8 8 8 8 8 8 9+ 9 9 9 9 9 9 9"
        + " 9 9 9 9 9 9 9 10+ 10 10 10 10 10 10 10 10 10 10 10 10 10 10 10 10 10 10 10 10 10 10 10 10"
        + " 10 11+ 11 11 11 11 11 11 11 11 11 11 11 11 11 11 11 11 11 11 11 11 11 11 11 11 11 11 11 12"
        + " 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 13 13 13 13 13 13 13 13 13 13 13"
        + " 13 13 13 13 13 13 13 13 13 13 13 13 13 13 13 13 14 14 14 14 14 14 14 14 14 14 14 14 14 14"
        + " 14 14 14 14 15 15 15 15 15 15 15 15 16+ 16 16 16 16 16 16 16 16 16 16 16 16 17+ 17+ 17+ 17"
        + " 17 17 18+ 18+ 18 18 18 18 18 19+ 19+ 19 19 19 19 19 19 20 20 20 20 20 20 20 20 20 20 20 21"
        + " 21 21 21 21 21 21 22+ 22 22 22 22 23 23 23 23 23 23 23 23 24+ 24 24 24 24 24 24 24 24 24"
        + " 25+ 25+ 25 25 25 25 25 25 25 25 25 25 25 26 26 26 26 26 26 26 27+ 27 27 27 27 27 27 28 28"
        + " 28 28 28 28 29+ 29+ 29 29 29 29 30+ 30 30 30 30 30 31 31 31 31 31 32+ 32 32 32 33+ 33 34"
        + " 34 34 35 35 35 36 36 37+ 37 38 38 38 38 39 40+ 40+ 41 42 42 43 43 43 44 44 44 45+ 45 45 46"
        + " 47 48 48 50 50 50 51+ 51+ 51 51 52 52 54 54 55+ 56 56 57 57 58 58 59 61+ 62 64 64 65 69 70"
        + " 70 70 72+ 72+ 77 83+ 92 101+ 104 116+ 124+ 125+ 129"

    @Test func pilotAgainstBaselineLogRankAndMedians() throws {
        let pilot = LogRankTestTests.observations(Self.pilot)
        let baseline = LogRankTestTests.observations(Self.baseline)
        #expect(pilot.count == 21 && baseline.count == 379)
        let test = try #require(Statistics.logRankTest(pilot, baseline))
        #expect(relativelyClose(test.chiSquare, 0.0190630932879988, 1e-9))
        #expect(relativelyClose(test.pValue, 0.8901857580714276, 1e-9))
        // lifelines KaplanMeierFitter.median_survival_time_: 17.0 and 18.0.
        #expect(KaplanMeier(pilot).median == 17 && KaplanMeier(baseline).median == 18)
    }
}
