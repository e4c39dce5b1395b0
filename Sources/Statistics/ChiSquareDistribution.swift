/// The chi-square distribution with one degree of freedom.
extension Statistics {
    /// P(X ≥ x) for X ~ χ²(1): X is Z² for a standard normal Z, so the tail
    /// is P(|Z| ≥ √x) = erfc(√(x ÷ 2)), exact to the precision of `erfc`
    /// far into the tail (no 1 − cdf cancellation).
    ///
    /// - Returns: 1 for x ≤ 0.
    public static func chiSquareOneDFSurvival(_ x: Double) -> Double {
        guard x > 0 else { return 1 }
        return MathFunctions.complementaryError(MathFunctions.squareRoot(x / 2))
    }
}
