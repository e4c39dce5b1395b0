/// The ratio of two proportions with Katz's log interval.
extension Statistics {
    /// A ratio of two proportions and its 95% interval.
    public struct RiskRatio: Sendable, Equatable {
        public var ratio: Double
        /// Nil when either proportion is 0 (the log interval does not exist).
        public var low: Double?
        public var high: Double?
    }

    /// (a ÷ n₁) ÷ (c ÷ n₂) with Katz's 95% interval
    /// exp(ln RR ± 1.96·√(1/a − 1/n₁ + 1/c − 1/n₂)) (Katz et al. 1978), the
    /// SPEC §5 formula with its 1.96.
    ///
    /// - Parameters:
    ///   - a: hits of the group compared, out of `n1`.
    ///   - c: hits of the reference group, out of `n2`.
    /// - Returns: nil when a group is empty or the reference proportion is 0
    ///   (no ratio); a ratio without interval when `a` is 0.
    public static func riskRatio(a: Int, n1: Int, c: Int, n2: Int) -> RiskRatio? {
        guard n1 > 0, n2 > 0, c > 0 else { return nil }
        let ratio = (Double(a) / Double(n1)) / (Double(c) / Double(n2))
        guard a > 0 else { return RiskRatio(ratio: ratio, low: nil, high: nil) }
        let variance = 1 / Double(a) - 1 / Double(n1) + 1 / Double(c) - 1 / Double(n2)
        let spread = 1.96 * MathFunctions.squareRoot(max(0, variance))
        let logRatio = MathFunctions.logarithm(ratio)
        return RiskRatio(ratio: ratio, low: MathFunctions.exponential(logRatio - spread),
                         high: MathFunctions.exponential(logRatio + spread))
    }
}
