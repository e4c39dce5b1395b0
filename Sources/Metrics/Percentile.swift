import OnboardingModel

/// Percentiles by linear interpolation between closest ranks ("type 7",
/// numpy's default), computed exactly.
enum Percentile {
    /// The `p` quantile of `sorted`: with h = (n − 1)·p, x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]).
    ///
    /// - Parameters:
    ///   - sorted: values in ascending order.
    ///   - p: the quantile, 0 ≤ p ≤ 1.
    /// - Returns: nil when `sorted` is empty.
    static func type7(_ sorted: [Int], _ p: Rational) -> Rational? {
        type7(count: sorted.count, p) { sorted[$0] }
    }

    /// The `p` quantile of counted values (see `DayCounts`); nil when there are none.
    static func type7(_ values: DayCounts, _ p: Rational) -> Rational? {
        type7(count: values.count, p, valueAtRank: values.value(atRank:))
    }

    /// The `p` quantile of `count` values given by ascending rank.
    private static func type7(count: Int, _ p: Rational, valueAtRank: (Int) -> Int) -> Rational? {
        guard count > 0 else { return nil }
        let h = Rational(count - 1) * p
        let low = Int(h.numerator / h.denominator)
        let fraction = h - Rational(low)
        let base = Rational(valueAtRank(low))
        guard fraction != .zero else { return base }
        return base + fraction * Rational(valueAtRank(low + 1) - valueAtRank(low))
    }
}
