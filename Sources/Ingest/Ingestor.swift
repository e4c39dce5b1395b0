// CONTRACT STUB: the public API below is fixed; the implementation is to be written.
import Logging
import OnboardingModel

/// Reads a data directory's exports into typed records (SPEC §3).
public struct Ingestor {
    public init(config: Config, dataDirectory: String, today: Day, logger: Logger) { fatalError("stub") }

    /// Ingests every configured file. Throws `PipelineError` with kind
    /// `.missingInput` (66) for a missing required file, `.data` (65) for a
    /// missing required column or a structurally broken CSV. Rejected rows do
    /// not throw; see `RejectGate`.
    public func ingest() throws(PipelineError) -> IngestedData { fatalError("stub") }
}

/// The `thresholds.max_reject_rate` gate (SPEC §3 "Bad rows").
public enum RejectGate {
    /// Files whose rejected rows exceed `maxRejectRate` of their data rows.
    public static func filesOverLimit(_ data: IngestedData, maxRejectRate: Rational) -> [InputFileSummary] {
        fatalError("stub")
    }
}
