import OnboardingModel
import Testing
@testable import Metrics

/// Type-7 percentiles (numpy's default), exact: h = (n − 1)·p, then linear
/// interpolation between x[⌊h⌋] and x[⌊h⌋ + 1].
struct PercentileTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let testDescription: String
        let sorted: [Int]
        let median: Rational?
        let p90: Rational?
    }

    @Test(arguments: [
        Case(testDescription: "empty", sorted: [], median: nil, p90: nil),
        // n = 1: h = 0 for every p.
        Case(testDescription: "n=1", sorted: [5], median: Rational(5), p90: Rational(5)),
        // n = 2: median h = 0.5 → 10 + 0.5·10 = 15; p90 h = 0.9 → 10 + 0.9·10 = 19.
        Case(testDescription: "n=2", sorted: [10, 20], median: Rational(15), p90: Rational(19)),
        // n = 3: median h = 1 → 2; p90 h = 1.8 → 2 + 0.8·(4 − 2) = 3.6.
        Case(testDescription: "n=3", sorted: [1, 2, 4], median: Rational(2), p90: Rational(18, 5)),
        // n = 4: median h = 1.5 → 20 + 0.5·10 = 25; p90 h = 2.7 → 30 + 0.7·10 = 37.
        Case(testDescription: "n=4", sorted: [10, 20, 30, 40], median: Rational(25), p90: Rational(37)),
        // n = 4 with a fractional median: h = 1.5 → 1 + 0.5·(2 − 1) = 1.5; p90 h = 2.7 → 2 + 0.7·(9 − 2) = 6.9.
        Case(testDescription: "n=4 fractional", sorted: [0, 1, 2, 9], median: Rational(3, 2), p90: Rational(69, 10)),
        // Ties: n = 5 of equal values.
        Case(testDescription: "ties", sorted: [7, 7, 7, 7, 7], median: Rational(7), p90: Rational(7)),
    ])
    func medianAndP90(_ c: Case) {
        #expect(Percentile.type7(c.sorted, Rational(1, 2)) == c.median)
        #expect(Percentile.type7(c.sorted, Rational(9, 10)) == c.p90)
        // The same values counted, added in reverse, give the same percentiles.
        var counted = DayCounts()
        for value in c.sorted.reversed() { counted.add(value) }
        #expect(Percentile.type7(counted, Rational(1, 2)) == c.median)
        #expect(Percentile.type7(counted, Rational(9, 10)) == c.p90)
    }

    @Test func countedValuesRankLikeSortedOnes() {
        // Negative values, a wide gap, and values 200,000 days out (beyond the
        // dense range, counted aside) on both sides of it.
        let values = [5, -3, 5, 0, 70_000, 12, -200_000, 5, 200_000, 12, 7, 1]
        var counted = DayCounts(), merged = DayCounts(), other = DayCounts()
        for (i, value) in values.enumerated() {
            counted.add(value)
            if i.isMultiple(of: 2) { merged.add(value) } else { other.add(value) }
        }
        merged.merge(other)
        let sorted = values.sorted()
        #expect(counted.count == values.count)
        for rank in sorted.indices {
            #expect(counted.value(atRank: rank) == sorted[rank])
            #expect(merged.value(atRank: rank) == sorted[rank])
        }
        for p in [Rational.zero, Rational(1, 2), Rational(9, 10), .one] {
            #expect(Percentile.type7(counted, p) == Percentile.type7(sorted, p))
        }
    }

    @Test func extremesAreMinAndMax() {
        #expect(Percentile.type7([3, 8, 100], .zero) == Rational(3))
        #expect(Percentile.type7([3, 8, 100], .one) == Rational(100))
    }

    @Test func groupMetricsSortTTVsBeforeTakingPercentiles() {
        // TTVs 40, 10, 30, 20 in account order: sorted [10, 20, 30, 40] → median 25, p90 37 (formatted 37.0).
        let accounts = [40, 10, 30, 20].map { ttv in
            Fixture.account(closedDaysAgo: 60, steps: [.done(0), .done(ttv), .pending])
        }
        let m = Fixture.metrics(accounts)
        #expect(m.ttvN == 4)
        #expect(m.ttvMedianDays == Rational(25))
        #expect(m.ttvP90Days == Rational(37))
        #expect(m.ttvP90Days?.formatted(places: 1) == "37.0")
    }
}
