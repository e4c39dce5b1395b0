// TEMPORARY until the metrics branch lands its Percentile.
enum Percentile {
    static func median(_ values: [Int]) -> Rational? { nil }
}
import OnboardingModel
