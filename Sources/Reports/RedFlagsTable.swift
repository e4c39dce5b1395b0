import Metrics
import OnboardingModel

/// red_flags.csv: one row per red flag, critical first, then rule and key in
/// byte order (SPEC §6); the metrics stage sorts them.
enum RedFlagsTable {
    static let fileName = "red_flags.csv"

    static let header = ["severity", "rule", "scope", "key", "segment", "csm", "value", "threshold", "message"]

    static func row(_ flag: RedFlag) -> [String] {
        [
            flag.severity.rawValue, flag.rule.rawValue, flag.scope.rawValue,
            CellFormat.input(flag.key), flag.segment, CellFormat.input(flag.csm),
            flag.value.text, flag.threshold.text, CellFormat.input(flag.message),
        ]
    }
}
