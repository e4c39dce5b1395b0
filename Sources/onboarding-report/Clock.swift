import Foundation
import OnboardingModel

/// Today's UTC date: the only wall-clock reading in the product.
///
/// `ONBOARDING_REPORT_TODAY=YYYY-MM-DD` pins it, so that tests and re-runs of
/// an old night reproduce the stale-export warning exactly.
enum Clock {
    static func today() throws -> Day {
        if let pinned = ProcessInfo.processInfo.environment["ONBOARDING_REPORT_TODAY"] {
            guard let day = Day(iso: pinned) else {
                throw PipelineError(.usage, "ONBOARDING_REPORT_TODAY=\(pinned) is not a date; use YYYY-MM-DD.")
            }
            return day
        }
        let days = Int(floor(Date().timeIntervalSince1970 / 86_400))
        return Day(ordinal: Int32(days))
    }
}
