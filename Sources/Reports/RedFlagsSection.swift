import Metrics
import OnboardingModel

/// The red-flag part of summary.md: counts by rule, then the flags most worth
/// reading, critical first, capped so the summary stays about two screens.
enum RedFlagsSection {
    static let shownLimit = 6

    static func markdown(_ flags: [RedFlag]) -> String {
        var text = "## Red flags\n\n"
        guard !flags.isEmpty else { return text + "None at this snapshot.\n\n" }
        // Counted and chosen without copying the flags: there can be a
        // hundred thousand of them, and a copy retains each one's strings.
        var counts = Dictionary(uniqueKeysWithValues: RedFlag.Rule.allCases.map { ($0, (critical: 0, warning: 0)) })
        for i in flags.indices {
            if flags[i].severity == .critical {
                counts[flags[i].rule]!.critical += 1
            } else {
                counts[flags[i].rule]!.warning += 1
            }
        }
        let critical = counts.values.reduce(0) { $0 + $1.critical }
        text += "\(flags.count) flag\(flags.count == 1 ? "" : "s"): \(critical) critical, "
            + "\(flags.count - critical) warning.\n\n"
        let rows = RedFlag.Rule.allCases.compactMap { rule -> [String]? in
            let count = counts[rule]!
            guard count.critical + count.warning > 0 else { return nil }
            return [rule.rawValue, String(count.critical), String(count.warning)]
        }
        text += MarkdownText.table(["Rule", "Critical", "Warning"], [.left, .right, .right], rows) + "\n"
        let shown = mostWorthReading(flags)
        text += shown.count < flags.count
            ? "The first \(shown.count) of \(flags.count) (all in red_flags.csv):\n\n"
            : "All of them (also in red_flags.csv):\n\n"
        for flag in shown {
            text += "- **\(flag.severity.rawValue)** \(flag.rule.rawValue), \(flag.scope.rawValue) "
                + "\(MarkdownText.input(flag.key)): \(MarkdownText.escape(flag.message))\n"
        }
        return text + "\n"
    }

    /// The first `shownLimit` flags in reading order: critical first; within a
    /// severity, segment and CSM flags before account flags (leadership acts
    /// on the former, CSMs on the latter); then in red_flags.csv order.
    private static func mostWorthReading(_ flags: [RedFlag]) -> [RedFlag] {
        var shown: [RedFlag] = []
        for severity in [RedFlag.Severity.critical, .warning] {
            for accountScope in [false, true] {
                for i in flags.indices where flags[i].severity == severity && (flags[i].scope == .account) == accountScope {
                    shown.append(flags[i])
                    if shown.count == shownLimit { return shown }
                }
            }
        }
        return shown
    }
}
