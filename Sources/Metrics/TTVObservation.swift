import OnboardingModel
import Statistics

/// An account's time to value as a survival observation (SPEC §5 "Time to
/// value that counts the accounts not there yet").
enum TTVObservation {
    /// Reached at its TTV when it has a first value date ≤ S; otherwise
    /// censored at days(close, S), or at days(close, churn) when it churned
    /// by S without reaching first value.
    static func of(_ s: AccountSnapshot, closeDate: Day) -> SurvivalObservation {
        if let ttv = s.ttvDays { return SurvivalObservation(time: ttv, reached: true) }
        if let churn = s.churnDate { return SurvivalObservation(time: churn - closeDate, reached: false) }
        return SurvivalObservation(time: s.daysSinceClose, reached: false)
    }
}
