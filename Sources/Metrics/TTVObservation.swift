import OnboardingModel
import Statistics

/// An account's time to value as a survival observation (SPEC §5 "Time to
/// value that counts the accounts not there yet").
enum TTVObservation {
    /// Reached at its TTV when it has a first value date ≤ S; otherwise
    /// censored at days(close, S), or at days(close, churn) when it churned
    /// by S without reaching first value.
    static func of(_ s: AccountSnapshot, closeDate: Day) -> Statistics.TimedObservation {
        if let ttv = s.ttvDays { return Statistics.TimedObservation(time: ttv, event: true) }
        if let churn = s.churnDate { return Statistics.TimedObservation(time: churn - closeDate, event: false) }
        return Statistics.TimedObservation(time: s.daysSinceClose, event: false)
    }

    /// The Kaplan–Meier median: the smallest reach time t with Ŝ(t) ≤ 0.5,
    /// nil when Ŝ never falls that far. An observation censored at a reach
    /// time is still at risk at it.
    ///
    /// Internal stand-in until the survival stream's `KaplanMeier` lands on
    /// main; Ŝ is compared with 0.5 allowing 1e-12 of rounding, so a curve that
    /// is exactly one half (2 of 4 reached) counts as having reached it.
    static func kaplanMeierMedian(_ observations: [Statistics.TimedObservation]) -> Int? {
        let sorted = observations.sorted { $0.time < $1.time }
        var atRisk = Double(sorted.count), survival = 1.0
        var i = 0
        while i < sorted.count {
            let time = sorted[i].time
            var reached = 0.0, leaving = 0.0
            while i < sorted.count, sorted[i].time == time {
                leaving += 1
                if sorted[i].event { reached += 1 }
                i += 1
            }
            if reached > 0 {
                survival *= 1 - reached / atRisk
                if survival <= 0.5 + 1e-12 { return time }
            }
            atRisk -= leaving
        }
        return nil
    }
}
