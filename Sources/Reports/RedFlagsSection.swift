import Metrics
import OnboardingModel

/// The red-flag part of summary.md: counts by rule, then the flags most worth
/// reading, critical first, capped so the summary stays about two screens.
enum RedFlagsSection {
    static let shownLimit = 6

    static func markdown(_ flags: [RedFlag]) -> String {
        var text = "## Red flags\n\n"
        guard !flags.isEmpty else { return text + "None at this snapshot.\n\n" }
        let critical = flags.filter { $0.severity == .critical }.count
        text += "\(flags.count) flag\(flags.count == 1 ? "" : "s"): \(critical) critical, "
            + "\(flags.count - critical) warning.\n\n"
        let rows = RedFlag.Rule.allCases.compactMap { rule -> [String]? in
            let ofRule = flags.filter { $0.rule == rule }
            guard !ofRule.isEmpty else { return nil }
            let criticalCount = ofRule.filter { $0.severity == .critical }.count
            return [rule.rawValue, String(criticalCount), String(ofRule.count - criticalCount)]
        }
        text += MarkdownText.table(["Rule", "Critical", "Warning"], [.left, .right, .right], rows) + "\n"
        // Critical first; within a severity, segment and CSM flags before
        // account flags: leadership acts on the former, CSMs on the latter.
        let shown = flags.enumerated().sorted { a, b in
            let ka = (a.element.severity == .critical ? 0 : 1, a.element.scope == .account ? 1 : 0, a.offset)
            let kb = (b.element.severity == .critical ? 0 : 1, b.element.scope == .account ? 1 : 0, b.offset)
            return ka < kb
        }.prefix(shownLimit).map(\.element)
        text += shown.count < flags.count
            ? "The first \(shown.count) of \(flags.count) (all in red_flags.csv):\n\n"
            : "All of them (also in red_flags.csv):\n\n"
        for flag in shown {
            text += "- **\(flag.severity.rawValue)** \(flag.rule.rawValue), \(flag.scope.rawValue) "
                + "\(MarkdownText.escape(flag.key)): \(MarkdownText.escape(flag.message))\n"
        }
        return text + "\n"
    }
}
