import OnboardingModel

extension Percentile {
    /// Median of unsorted whole-day values; nil when empty.
    static func median(_ values: [Int]) -> Rational? {
        type7(values.sorted(), Rational(1, 2))
    }
}
