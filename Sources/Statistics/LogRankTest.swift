/// The log-rank test of two survival curves.
extension Statistics {
    /// The log-rank test's statistic (χ² with one degree of freedom) and
    /// its p-value.
    public struct LogRankResult: Sendable, Equatable {
        public var chiSquare: Double
        public var pValue: Double
    }

    /// The log-rank (Mantel–Cox) test of two groups, as lifelines'
    /// `logrank_test` computes it: at each distinct event time, observed
    /// minus expected events of the first group with the hypergeometric
    /// variance d·(n₁÷n)·(1 − n₁÷n)·(n − d)÷(n − 1); an observation censored
    /// at an event time is still at risk at it.
    ///
    /// - Returns: nil when no event happened or the variance is 0 (nothing to test).
    /// - Complexity: O(n log n) for the sort.
    public static func logRankTest(_ first: [SurvivalObservation], _ second: [SurvivalObservation]) -> LogRankResult? {
        var all = first.map { (time: $0.time, event: $0.reached, isFirst: true) }
        all += second.map { (time: $0.time, event: $0.reached, isFirst: false) }
        all.sort { $0.time < $1.time }
        var atRisk = Double(all.count), atRiskFirst = Double(first.count)
        var observedMinusExpected = 0.0, variance = 0.0
        var i = 0
        while i < all.count {
            let time = all[i].time
            var events = 0.0, eventsFirst = 0.0, leaving = 0.0, leavingFirst = 0.0
            while i < all.count, all[i].time == time {
                leaving += 1
                if all[i].isFirst { leavingFirst += 1 }
                if all[i].event {
                    events += 1
                    if all[i].isFirst { eventsFirst += 1 }
                }
                i += 1
            }
            if events > 0 {
                let share = atRiskFirst / atRisk
                observedMinusExpected += eventsFirst - events * share
                if atRisk > 1 {
                    variance += events * share * (1 - share) * (atRisk - events) / (atRisk - 1)
                }
            }
            atRisk -= leaving
            atRiskFirst -= leavingFirst
        }
        guard variance > 0 else { return nil }
        let chiSquare = observedMinusExpected * observedMinusExpected / variance
        return LogRankResult(chiSquare: chiSquare, pValue: chiSquareOneDFSurvival(chiSquare))
    }
}
