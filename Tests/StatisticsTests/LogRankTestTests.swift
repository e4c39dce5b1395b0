import Testing
@testable import Statistics

/// The log-rank test against the Freireich 6-MP trial and lifelines.
struct LogRankTestTests {
    /// "6 6 6+ …": a number followed by + is censored.
    static func observations(_ text: String) -> [SurvivalObservation] {
        text.split(separator: " ").map { item in
            SurvivalObservation(time: Int(item.filter(\.isNumber))!, reached: !item.hasSuffix("+"))
        }
    }

    /// Freireich et al. (1963) remission times, 6-MP against placebo; the
    /// textbook log-rank statistic is 16.79 (Kleinbaum & Klein, Survival Analysis, ch. 2).
    static let sixMP = observations("6 6 6 6+ 7 9+ 10 10+ 11+ 13 16 17+ 19+ 20+ 22 23 25+ 32+ 32+ 34+ 35+")
    static let placebo = observations("1 1 2 2 3 4 4 5 5 8 8 8 8 11 11 12 12 15 17 22 23")

    @Test func freireichPublishedAndLifelines() throws {
        let result = try #require(Statistics.logRankTest(Self.sixMP, Self.placebo))
        #expect(abs(result.chiSquare - 16.79) < 0.005)
        // lifelines logrank_test, recorded by scripts/reference/outcomes_statistics.py.
        #expect(close(result.chiSquare, 16.792940989216547, tolerance: 1e-10))
        #expect(relativelyClose(result.pValue, 4.168809109334511e-05))
        // The statistic does not depend on which group comes first.
        let swapped = try #require(Statistics.logRankTest(Self.placebo, Self.sixMP))
        #expect(close(swapped.chiSquare, result.chiSquare, tolerance: 1e-12))
    }

    @Test func tiesBetweenEventsAndCensoring() throws {
        // Events and censorings at one time (5, 8, 9): the censored stay at risk at that time.
        let result = try #require(Statistics.logRankTest(Self.observations("3 3 5+ 5 8 8 8+ 12 15+"),
                                                         Self.observations("2 3 3 5 5 5+ 7 9+ 9")))
        #expect(close(result.chiSquare, 1.2739767908311286, tolerance: 1e-10))
        #expect(close(result.pValue, 0.2590219602956731, tolerance: 1e-10))
    }

    @Test func twoEventsHandComputed() throws {
        // A: 1; B: 2. At t = 1: n = 2, n_A = 1, d = 1: O − E = 1 − 1/2, V = 1·½·½·(1)/(1) = ¼.
        // At t = 2: n = 1, only B at risk: O − E = 0 − 0, V = 0 (n − 1 = 0 is skipped).
        // χ² = (½)² ÷ ¼ = 1; p = erfc(√½) = 0.3173105 (scipy chi2.sf(1, 1)).
        let result = try #require(Statistics.logRankTest(Self.observations("1"), Self.observations("2")))
        #expect(close(result.chiSquare, 1, tolerance: 1e-12))
        #expect(relativelyClose(result.pValue, 0.31731050786291115))
    }

    @Test func nothingToTest() {
        #expect(Statistics.logRankTest(Self.observations("3+ 4+"), Self.observations("5+")) == nil)
        #expect(Statistics.logRankTest([], []) == nil)
    }
}
