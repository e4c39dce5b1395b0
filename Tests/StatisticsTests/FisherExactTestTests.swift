import Testing
@testable import Statistics

/// Fisher's exact test (two-sided) against published examples and scipy.
struct FisherExactTestTests {
    @Test func ladyTastingTea() {
        // Fisher (1935): 3 of 4 milk-first cups named right. Tables a = 0…4 have
        // probabilities 1, 16, 36, 16, 1 (÷ 70); those ≤ 16/70: 1 + 16 + 16 + 1 = 34/70 = 17/35.
        #expect(close(Statistics.fisherExactTwoSided(a: 3, b: 1, c: 1, d: 3), 17.0 / 35, tolerance: 1e-12))
    }

    /// scipy `fisher_exact([[a, b], [c, d]])`, recorded by scripts/reference/outcomes_statistics.py.
    @Test(arguments: [
        (3, 1, 1, 3, 0.48571428571428565),
        (6, 2, 1, 4, 0.10256410256410256),
        (7, 17, 15, 5, 0.005768386750469949),
        (10, 0, 0, 10, 1.082508822446903e-05),
        (0, 5, 5, 0, 0.007936507936507938),
        (5, 5, 5, 5, 1.0),
        (60, 20, 40, 30, 0.024534579336865175),
        (1, 9, 11, 3, 0.0027594561852200836),
        (0, 0, 4, 6, 1.0),
        (120, 30, 300, 150, 0.0019769927299697156),
        (2, 3, 4, 6, 1.0),
    ])
    func scipy(_ a: Int, _ b: Int, _ c: Int, _ d: Int, _ p: Double) {
        let ours = Statistics.fisherExactTwoSided(a: a, b: b, c: c, d: d)
        #expect(abs(ours - p) <= 1e-9 * p + 1e-15, "\(ours) vs \(p)")
    }

    @Test func tiesAtTheObservedProbabilityCount() {
        // [[5,5],[5,5]] is the mode and its mirror tables tie pairwise: every table counts, p = 1.
        #expect(Statistics.fisherExactTwoSided(a: 5, b: 5, c: 5, d: 5) == 1)
        // Symmetric margins: [[0,5],[5,0]] and [[5,0],[0,5]] both have 1/252; p = 2/252.
        #expect(close(Statistics.fisherExactTwoSided(a: 0, b: 5, c: 5, d: 0), 2.0 / 252, tolerance: 1e-12))
    }

    @Test func largeTablesStayFinite() {
        // 300,000 accounts a side, rates 0.80 vs 0.79: far in the tail, but a number.
        let p = Statistics.fisherExactTwoSided(a: 240_000, b: 60_000, c: 237_000, d: 63_000)
        #expect(p >= 0 && p < 1e-10)
        let even = Statistics.fisherExactTwoSided(a: 150_000, b: 150_000, c: 150_000, d: 150_000)
        #expect(even > 0.9999 && even <= 1)
    }
}
