import Testing
@testable import Statistics

private func observations(_ times: [Int], _ reached: [Int]) -> [SurvivalObservation] {
    zip(times, reached).map { SurvivalObservation(time: $0, reached: $1 == 1) }
}

/// Freireich et al. (1963), 6-MP arm: 21 patients, 9 relapses (Kleinbaum & Klein,
/// "Survival Analysis: A Self-Learning Text", ch. 2, whose KM table is quoted below).
private let sixMP = observations(
    [6, 6, 6, 6, 7, 9, 10, 10, 11, 13, 16, 17, 19, 20, 22, 23, 25, 32, 32, 34, 35],
    [1, 1, 1, 0, 1, 0, 1, 0, 0, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0])

@Suite struct KaplanMeierTests {
    /// The textbook table: t, n, d, Ŝ(t) to 4 decimals.
    @Test func sixMPMatchesThePublishedTable() {
        let km = KaplanMeier(sixMP)
        let table: [(Int, Int, Int, Double)] = [
            (6, 21, 3, 0.8571), (7, 17, 1, 0.8067), (10, 15, 1, 0.7529), (13, 12, 1, 0.6902),
            (16, 11, 1, 0.6275), (22, 7, 1, 0.5378), (23, 6, 1, 0.4482),
        ]
        #expect(km.steps.map(\.time) == table.map(\.0))
        #expect(km.steps.map(\.atRisk) == table.map(\.1))
        #expect(km.steps.map(\.reached) == table.map(\.2))
        for (step, row) in zip(km.steps, table) {
            #expect(abs(step.survival - row.3) < 5e-5, "S(\(row.0))")
        }
        #expect(km.count == 21 && km.reachedCount == 9 && km.censoredCount == 12)
        #expect(km.longestFollowUp == 35)
        // The textbook's median: Ŝ first falls to ≤ 0.5 at 23 weeks.
        #expect(km.median == 23)
        // Between event times the curve stays flat; before the first event it is 1.
        #expect(km.survival(at: 5) == 1 && km.survival(at: 12) == km.survival(at: 10))
        #expect(abs(km.reachedBy(40) - (1 - 0.4482)) < 5e-5)
    }

    /// Hand-computed ties: times 2, 5, 5, 5*, 8, 8*, 9, 12* (* censored).
    /// Day 2: n 8, d 1 → S = 7/8. Day 5: the one censored on day 5 is still at risk, n 7,
    /// d 2 → S = 7/8 · 5/7 = 5/8. Day 8: n 4, d 1 → 5/8 · 3/4 = 15/32 ≤ 0.5 → median 8.
    /// Day 9: n 2, d 1 → 15/64. Greenwood at 5: 1/(8·7) + 2/(7·5) = 0.0178571 + 0.0571429 = 0.075.
    @Test func censoredOnTheDayOfAReachIsStillAtRisk() {
        let km = KaplanMeier(observations([2, 5, 5, 5, 8, 8, 9, 12], [1, 1, 1, 0, 1, 0, 1, 0]))
        #expect(km.steps.map(\.atRisk) == [8, 7, 4, 2])
        #expect(km.survival(at: 5) == 5.0 / 8)
        #expect(km.survival(at: 8) == 15.0 / 32)
        #expect(km.survival(at: 9) == 15.0 / 64)
        #expect(abs(km.steps[1].greenwood - 0.075) < 1e-12)
        #expect(km.median == 8)
    }

    /// Hand-computed: one of six reaches (day 3), the rest are censored: Ŝ = 5/6 > 0.5 for
    /// ever, so no median and no upper bound of its interval.
    @Test func medianNeverReached() {
        let km = KaplanMeier(observations([3, 10, 10, 20, 20, 20], [1, 0, 0, 0, 0, 0]))
        #expect(km.median == nil)
        #expect(km.medianInterval.upper == nil)
        #expect(km.survival(at: 100) == 5.0 / 6)
        #expect(km.longestFollowUp == 20)
    }

    /// 2 of 4 reach on day 4: Ŝ(4) = 1/2 exactly, which counts as ≤ 0.5.
    @Test func exactlyOneHalfIsTheMedian() {
        #expect(KaplanMeier(observations([4, 4, 7, 9], [1, 1, 0, 0])).median == 4)
    }

    @Test func emptyAndAllCensored() {
        let empty = KaplanMeier([SurvivalObservation]())
        #expect(empty.median == nil && empty.count == 0 && empty.longestFollowUp == nil)
        #expect(empty.reachedBy(30) == 0)
        #expect(empty.band(at: 30) == KaplanMeier.Band(lower: 1, upper: 1))
        let censored = KaplanMeier(observations([5, 9], [0, 0]))
        #expect(censored.steps.isEmpty && censored.censoredCount == 2 && censored.median == nil)
    }

    /// Days outside the tally's arrays (negative, past 65,535) are counted too, in order:
    /// t = −1: n 3, d 1 → 2/3; t = 3: n 2, d 1 → 1/3; the one at 70,000 is censored.
    @Test func daysOutsideTheDenseRange() {
        let km = KaplanMeier(observations([70_000, 3, -1], [0, 1, 1]))
        #expect(km.steps.map(\.time) == [-1, 3])
        #expect(km.steps.map(\.atRisk) == [3, 2])
        #expect(km.survival(at: 3) == 1.0 / 3)
        #expect(km.longestFollowUp == 70_000 && km.median == 3)
    }

    /// Everyone reaches: Ŝ falls to 0 and the bands collapse to 0 there.
    @Test func curveReachingZero() {
        let km = KaplanMeier(observations([1, 2], [1, 1]))
        #expect(km.survival(at: 2) == 0)
        #expect(km.band(at: 2) == KaplanMeier.Band(lower: 0, upper: 0))
        #expect(km.median == 1)  // Ŝ(1) = 1/2
    }

    // MARK: lifelines (values printed by scripts/reference/kaplan_meier.py, lifelines 0.30.3)

    /// lifelines' bands of the 6-MP curve, its median 23 and the median's interval (13, never).
    @Test func sixMPBandsMatchLifelines() {
        let km = KaplanMeier(sixMP)
        let lifelines: [(Int, Double, Double)] = [
            (6, 0.6197179553, 0.9515517476), (7, 0.5631465646, 0.9228090192),
            (10, 0.5031995108, 0.8893618352), (13, 0.4316102225, 0.8490659633),
            (16, 0.3675108560, 0.8049121895), (22, 0.2677789368, 0.7467907176),
            (23, 0.1880520060, 0.6801426285),
        ]
        for (t, lower, upper) in lifelines {
            let band = km.band(at: t)
            #expect(close(band.lower, lower, tolerance: 1e-9), "lower at \(t)")
            #expect(close(band.upper, upper, tolerance: 1e-9), "upper at \(t)")
        }
        #expect(km.medianInterval.lower == 13 && km.medianInterval.upper == nil)
        #expect(close(km.reachedBy(10), 0.2470588235, tolerance: 1e-9))
        #expect(close(km.reachedBy(30), 0.5518207283, tolerance: 1e-9))
        #expect(km.reachedBy(5) == 0)
    }

    @Test func tiesMatchLifelines() {
        let km = KaplanMeier(observations([2, 5, 5, 5, 8, 8, 9, 12], [1, 1, 1, 0, 1, 0, 1, 0]))
        let lifelines: [(Int, Double, Double)] = [
            (2, 0.3870000140, 0.9813929659), (5, 0.2293333224, 0.8606982769),
            (8, 0.1199286222, 0.7628556679), (9, 0.0130154860, 0.6158060357),
        ]
        for (t, lower, upper) in lifelines {
            #expect(close(km.band(at: t).lower, lower, tolerance: 1e-9), "lower at \(t)")
            #expect(close(km.band(at: t).upper, upper, tolerance: 1e-9), "upper at \(t)")
        }
        #expect(km.medianInterval.lower == 2 && km.medianInterval.upper == nil)
    }

    @Test func notReachedAndHalfMatchLifelines() {
        let notReached = KaplanMeier(observations([3, 10, 10, 20, 20, 20], [1, 0, 0, 0, 0, 0]))
        #expect(close(notReached.band(at: 3).lower, 0.2731228499, tolerance: 1e-9))
        #expect(close(notReached.band(at: 3).upper, 0.9747124267, tolerance: 1e-9))
        #expect(notReached.medianInterval.lower == 3)
        let half = KaplanMeier(observations([4, 4, 7, 9], [1, 1, 0, 0]))
        #expect(close(half.band(at: 4).lower, 0.0578470830, tolerance: 1e-9))
        #expect(close(half.band(at: 4).upper, 0.8448612812, tolerance: 1e-9))
        #expect(half.medianInterval.lower == 4 && half.medianInterval.upper == nil)
    }
}
