import Metrics
import OnboardingModel

/// The red-flag part of summary.md: counts by rule (open, new and resolved),
/// then the flags most worth reading, new critical ones first, capped so the
/// summary stays about two screens.
enum RedFlagsSection {
    static let shownLimit = 6

    /// - Parameter priorSnapshot: the prior window's snapshot, which `new`
    ///   and `resolved` compare with.
    static func markdown(_ flags: [RedFlag], resolved: [ResolvedFlag] = [], priorSnapshot: Day? = nil,
                         messages: RedFlagMessages = .written) -> String {
        var text = "## Red flags\n\n"
        let versus = priorSnapshot.map { " since \($0)" } ?? ""
        let resolvedText = "\(resolved.count) resolved\(versus)"
        guard !flags.isEmpty else {
            return text + "None at this snapshot" + (resolved.isEmpty ? "" : "; \(resolvedText)") + ".\n\n"
        }
        // Counted and chosen without copying the flags: there can be a
        // hundred thousand of them, and a copy retains each one's strings.
        var counts = Dictionary(uniqueKeysWithValues: RedFlag.Rule.allCases.map { ($0, RuleCounts()) })
        for i in flags.indices {
            if flags[i].severity == .critical {
                counts[flags[i].rule]!.critical += 1
            } else {
                counts[flags[i].rule]!.warning += 1
            }
            if flags[i].isNew { counts[flags[i].rule]!.new += 1 }
        }
        for flag in resolved { counts[flag.rule]!.resolved += 1 }
        let critical = counts.values.reduce(0) { $0 + $1.critical }
        let new = counts.values.reduce(0) { $0 + $1.new }
        text += "\(flags.count) flag\(flags.count == 1 ? "" : "s"): \(critical) critical, "
            + "\(flags.count - critical) warning; \(new) new and \(resolvedText) "
            + "(resolved ones in resolved_flags.csv).\n\n"
        let rows = RedFlag.Rule.allCases.compactMap { rule -> [String]? in
            let count = counts[rule]!
            guard count.critical + count.warning + count.resolved > 0 else { return nil }
            return [rule.rawValue, String(count.critical), String(count.warning), String(count.new),
                    String(count.resolved)]
        }
        text += MarkdownText.table(["Rule", "Critical", "Warning", "New", "Resolved"],
                                   [.left, .right, .right, .right, .right], rows) + "\n"
        let shown = mostWorthReading(flags)
        text += shown.count < flags.count
            ? "The first \(shown.count) of \(flags.count) (all in red_flags.csv):\n\n"
            : "All of them (also in red_flags.csv):\n\n"
        for flag in shown {
            text += "- **\(flag.severity.rawValue)**\(flag.isNew ? " (new)" : "") \(flag.rule.rawValue), "
                + "\(flag.scope.rawValue) \(MarkdownText.input(flag.key)): \(MarkdownText.escape(messages.text(of: flag)))\n"
        }
        return text + "\n"
    }

    private struct RuleCounts {
        var critical = 0, warning = 0, new = 0, resolved = 0
    }

    /// The first `shownLimit` flags in reading order: new critical ones first,
    /// then the other critical ones, then warnings; within each, segment and
    /// CSM flags before account flags (leadership acts on the former, CSMs on
    /// the latter); then in red_flags.csv order.
    private static func mostWorthReading(_ flags: [RedFlag]) -> [RedFlag] {
        var shown: [RedFlag] = []
        let tiers: [(severity: RedFlag.Severity, new: Bool?)] = [(.critical, true), (.critical, false), (.warning, nil)]
        for tier in tiers {
            for accountScope in [false, true] {
                for i in flags.indices where flags[i].severity == tier.severity
                    && (flags[i].scope == .account) == accountScope && tier.new.map({ flags[i].isNew == $0 }) ?? true {
                    shown.append(flags[i])
                    if shown.count == shownLimit { return shown }
                }
            }
        }
        return shown
    }
}
