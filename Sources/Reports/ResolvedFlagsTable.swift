import CSVStream
import Metrics
import OnboardingModel

/// resolved_flags.csv: one row per flag of the prior window's snapshot that
/// no longer fires, sorted like red_flags.csv (SPEC §6); the metrics stage sorts them.
enum ResolvedFlagsTable {
    static let fileName = "resolved_flags.csv"

    static let header = ["rule", "scope", "key", "segment", "csm", "prior_severity", "prior_value", "outcome"]

    /// Appends the resolved flag's row to `row`.
    static func write(_ flag: ResolvedFlag, to row: inout CSVRowBuilder) {
        row.text(flag.rule.rawValue)
        row.text(flag.scope.rawValue)
        row.input(flag.key)
        row.text(flag.segment)
        row.input(flag.csm)
        row.text(flag.priorSeverity.rawValue)
        row.rational(flag.priorValue.value, places: flag.priorValue.places)
        row.text(flag.outcome.rawValue)
    }
}
