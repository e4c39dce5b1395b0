import Testing
@testable import Statistics

/// Wilson's score interval against Newcombe (1998, Table I, method 3) and statsmodels.
struct WilsonIntervalTests {
    /// Newcombe, "Two-sided confidence intervals for the single proportion",
    /// Stat Med 17:857–872, Table I, column 3 (Wilson score), to 4 decimals.
    @Test(arguments: [
        (81, 263, 0.2553, 0.3662), (15, 148, 0.0624, 0.1605), (0, 20, 0.0000, 0.1611), (1, 29, 0.0061, 0.1718),
    ])
    func newcombeTableI(_ k: Int, _ n: Int, _ low: Double, _ high: Double) throws {
        let ci = try #require(Statistics.wilsonInterval(successes: k, trials: n))
        #expect(abs(ci.low - low) < 5e-5 && abs(ci.high - high) < 5e-5)
    }

    /// statsmodels `proportion_confint(k, n, method="wilson")`, recorded by
    /// scripts/reference/outcomes_statistics.py.
    @Test(arguments: [
        (81, 263, 0.2552885198782742, 0.36620957698280004),
        (15, 148, 0.06238639953073628, 0.16048724172330803),
        (0, 20, 0.0, 0.1611251580528194),
        (1, 29, 0.006113214292762667, 0.17175521879320294),
        (29, 29, 0.8830302015002592, 1.0),
        (7, 7, 0.6456695649333125, 0.9999999999999999),
        (1, 1, 0.2065493143772374, 1.0),
        (0, 1, 0.0, 0.7934506856227627),
        (45, 50, 0.7863976856252034, 0.9565242350681095),
        (3, 10, 0.10779126740630104, 0.6032218525388546),
    ])
    func statsmodels(_ k: Int, _ n: Int, _ low: Double, _ high: Double) throws {
        let ci = try #require(Statistics.wilsonInterval(successes: k, trials: n))
        #expect(close(ci.low, low, tolerance: 1e-12) && close(ci.high, high, tolerance: 1e-12))
    }

    @Test func ratesOfZeroAndOneHaveExactEnds() throws {
        let none = try #require(Statistics.wilsonInterval(successes: 0, trials: 7))
        let all = try #require(Statistics.wilsonInterval(successes: 7, trials: 7))
        #expect(none.low == 0 && all.high == 1)
        #expect(none.high > 0 && all.low < 1)
    }

    @Test func noTrialsNoInterval() {
        #expect(Statistics.wilsonInterval(successes: 0, trials: 0) == nil)
    }
}
