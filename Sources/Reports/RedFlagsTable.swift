import CSVStream
import Metrics
import OnboardingModel

/// red_flags.csv: one row per red flag, critical first, then rule and key in
/// byte order (SPEC §6); the metrics stage sorts them.
enum RedFlagsTable {
    static let fileName = "red_flags.csv"

    static let header = ["severity", "rule", "scope", "key", "segment", "csm", "value", "threshold", "since", "new",
                         "message"]

    /// Appends the flag's row to `row`, its message from `messages`.
    static func write(_ flag: RedFlag, messages: RedFlagMessages, to row: inout CSVRowBuilder) {
        row.text(flag.severity.rawValue)
        row.text(flag.rule.rawValue)
        row.text(flag.scope.rawValue)
        row.input(flag.key)
        row.text(flag.segment)
        row.input(flag.csm)
        row.rational(flag.value.value, places: flag.value.places)
        row.rational(flag.threshold.value, places: flag.threshold.places)
        row.date(flag.since)
        row.bool(flag.isNew)
        row.input(messages.bytes(of: flag))
    }
}
