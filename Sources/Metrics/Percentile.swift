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
        guard !sorted.isEmpty else { return nil }
        let h = Rational(sorted.count - 1) * p
        let low = Int(h.numerator / h.denominator)
        let fraction = h - Rational(low)
        let base = Rational(sorted[low])
        guard fraction != .zero else { return base }
        return base + fraction * Rational(sorted[low + 1] - sorted[low])
    }
}
