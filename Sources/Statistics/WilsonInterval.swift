/// Wilson's score interval for a binomial proportion.
extension Statistics {
    /// The 97.5th percentile of the standard normal distribution, as
    /// scipy's `norm.ppf(0.975)` gives it (statsmodels' `proportion_confint`
    /// uses this value, not the rounded 1.96).
    public static let normal975 = 1.959963984540054

    /// The 95% Wilson score interval of `successes` out of `trials`
    /// (Wilson 1927; Newcombe 1998, method 3), as statsmodels'
    /// `proportion_confint(method="wilson")` computes it.
    ///
    /// - Returns: nil when `trials` is 0; otherwise bounds within [0, 1]
    ///   (a rate of 0 has low 0, a rate of 1 has high 1).
    public static func wilsonInterval(successes: Int, trials: Int, z: Double = normal975) -> (low: Double, high: Double)? {
        guard trials > 0, successes >= 0, successes <= trials else { return nil }
        let n = Double(trials)
        let p = Double(successes) / n
        let z2 = z * z
        let denominator = 1 + z2 / n
        let center = (p + z2 / (2 * n)) / denominator
        let half = z / denominator * MathFunctions.squareRoot(p * (1 - p) / n + z2 / (4 * n * n))
        // Exact ends at rates of 0 and 1, where rounding could leave −1e-17 or 1 + 1e-16.
        let low = successes == 0 ? 0 : max(0, center - half)
        let high = successes == trials ? 1 : min(1, center + half)
        return (low, high)
    }
}
