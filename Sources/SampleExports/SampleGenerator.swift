// CONTRACT STUB: the public API below is fixed; the implementation is to be written.

/// Writes a deterministic, realistic synthetic export set (SPEC §2 `sample`).
public struct SampleGenerator {
    public init(accounts: Int, seed: UInt64, asOf: String) { fatalError("stub") }
    /// Writes deals.csv, milestones.csv, events.csv, csms.csv, forecast.csv, surveys.csv into `directory`.
    public func write(to directory: String) throws { fatalError("stub") }
}
