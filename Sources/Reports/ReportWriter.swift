// CONTRACT STUB: the public API below is fixed; the implementation is to be written.
import Metrics
import OnboardingModel

/// Everything one report is made of; computed by the CLI, written by `ReportWriter`.
public struct ReportContent: Sendable {
    public var toolVersion: String
    public var config: Config
    /// SHA-256 hex of the canonical config (the file's bytes, or of the defaults' text).
    public var configDigest: String
    public var window: ReportWindow
    public var data: IngestedData
    public var snapshots: [AccountSnapshot]
    public var cohorts: [CohortRow]
    public var segments: [SegmentRow]
    /// segments.csv rows at the prior window's snapshot, for the summary's comparison.
    public var priorSegments: [SegmentRow]
    /// Today is more than 2 days after as-of: the exports look stale.
    public var staleExportDays: Int?

    public init(toolVersion: String, config: Config, configDigest: String, window: ReportWindow,
                data: IngestedData, snapshots: [AccountSnapshot], cohorts: [CohortRow],
                segments: [SegmentRow], priorSegments: [SegmentRow], staleExportDays: Int?) {
        self.toolVersion = toolVersion
        self.config = config
        self.configDigest = configDigest
        self.window = window
        self.data = data
        self.snapshots = snapshots
        self.cohorts = cohorts
        self.segments = segments
        self.priorSegments = priorSegments
        self.staleExportDays = staleExportDays
    }
}

/// Writes a report's files into a directory (SPEC §7).
public enum ReportWriter {
    /// Writes every output file, then `manifest.json` last (it hashes the others).
    public static func write(_ content: ReportContent, to directory: String) throws { fatalError("stub") }

    /// Writes only `rejects.csv` (used when the reject gate stops a run).
    public static func writeRejects(_ rejects: [RejectedRow], to path: String) throws { fatalError("stub") }
}
