// CONTRACT STUB: the public API below is fixed; the implementation is to be written.
import OnboardingModel

/// Writes a deterministic, realistic synthetic export set (SPEC §2 `sample`).
public struct SampleGenerator {
    /// - Parameters:
    ///   - accounts: onboarded accounts to generate.
    ///   - seed: same seed, same bytes.
    ///   - through: the last day the exports cover (newest close/milestone/event date).
    public init(accounts: Int, seed: UInt64, through: Day) { fatalError("stub") }
    /// Writes deals.csv, milestones.csv, events.csv, csms.csv, forecast.csv, surveys.csv into `directory`.
    public func write(to directory: String) throws { fatalError("stub") }
}
