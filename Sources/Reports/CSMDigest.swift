import Metrics
import OnboardingModel

/// `csm/<name>.md`: one CSM's open red flags, the list they start the morning
/// with (SPEC §7). New flags first, then critical, then red_flags.csv order;
/// each with the account, where it stands, since when and the next step (the
/// flag's message says where it stands and the next step).
struct CSMDigest {
    /// The CSM's name, or "" for the accounts without a CSM.
    let csm: String
    /// `<name>` of the files.
    let fileName: String
    /// Indexes into the report's flags, new first, then in red_flags.csv order.
    let flagIndexes: [Int]
    /// The CSM's resolved flags, in resolved_flags.csv order.
    let resolved: [ResolvedFlag]
    let portfolio: CSMPortfolioRow?

    /// One digest per CSM with open flags, in file-name order, then the unassigned one.
    static func all(_ content: ReportContent) -> [CSMDigest] {
        let operations = content.operations
        let names = CSMDigestNames.assign(operations.csmPortfolio.map(\.csm)
            .filter { $0 != CSMPortfolioRow.unassigned } + operations.redFlags.map(\.csm).filter { !$0.isEmpty })
        var newIndexes: [String: [Int]] = [:], oldIndexes: [String: [Int]] = [:]
        for (i, flag) in operations.redFlags.enumerated() where flag.scope != .segment {
            if flag.isNew { newIndexes[flag.csm, default: []].append(i) } else { oldIndexes[flag.csm, default: []].append(i) }
        }
        let owners = Set(newIndexes.keys).union(oldIndexes.keys)
        let portfolio = Dictionary(operations.csmPortfolio.map { ($0.csm, $0) }) { a, _ in a }
        let resolved = Dictionary(grouping: operations.resolvedFlags.filter { $0.scope != .segment }, by: \.csm)
        return owners.map { csm in
            CSMDigest(csm: csm, fileName: csm.isEmpty ? CSMDigestNames.unassigned : names[csm]!,
                      flagIndexes: newIndexes[csm, default: []] + oldIndexes[csm, default: []],
                      resolved: resolved[csm, default: []],
                      portfolio: portfolio[csm.isEmpty ? CSMPortfolioRow.unassigned : csm])
        }.sorted { a, b in
            if a.csm.isEmpty != b.csm.isEmpty { return b.csm.isEmpty }
            return a.fileName.utf8.lexicographicallyPrecedes(b.fileName.utf8)
        }
    }

    /// Open flags that are new and critical: the manager is copied on those.
    func newCriticalCount(_ flags: [RedFlag]) -> Int {
        flagIndexes.filter { flags[$0].isNew && flags[$0].severity == .critical }.count
    }

    /// `Red flags for Ana Silva — day 2026-11-22`.
    func title(_ window: ReportWindow) -> String {
        let who = csm.isEmpty ? "accounts without a CSM" : csm
        return "Red flags for \(MarkdownText.escape(shownText(who))) — \(window.period.rawValue) \(window.label)"
    }

    /// The digest's Markdown, as UTF-8: at a million open flags the digests
    /// together are hundreds of megabytes, built without a `String` per line.
    func markdown(_ content: ReportContent) -> TextBytes {
        let flags = content.operations.redFlags
        let messages = content.flagMessages
        let window = content.window
        let prior = window.prior.snapshot
        let newCount = flagIndexes.filter { flags[$0].isNew }.count
        let critical = flagIndexes.filter { flags[$0].severity == .critical }.count
        var text: TextBytes = "# \(title(window))\n\n"
        text.append("Snapshot \(window.snapshot) · \(flagIndexes.count) open flag\(flagIndexes.count == 1 ? "" : "s"): ")
        text.append("\(newCount) new since \(prior), \(critical) critical · \(resolved.count) resolved since \(prior).\n\n")
        if let line = portfolioLine(content.config) { text.append("\(line)\n\n") }
        if csm.isEmpty {
            text.append("Next step for every flag here: CS manager to assign a CSM.\n\n")
        }
        let sections = [("New since \(prior)", flagIndexes.prefix(newCount)),
                        ("Still open", flagIndexes.dropFirst(newCount))]
        for (heading, indexes) in sections where !indexes.isEmpty {
            text.append("## \(heading)\n\n")
            for i in indexes { text.append(item(flags[i], messages: messages)) }
            text.append("\n")
        }
        if !resolved.isEmpty {
            text.append("## Resolved since \(prior)\n\n")
            for flag in resolved {
                text.append("- \(flag.rule.rawValue), \(flag.scope.rawValue) \(markdown: shownText(flag.key)): ")
                text.append("\(flag.outcome.rawValue) (was \(flag.priorSeverity.rawValue), \(flag.priorValue.text))\n")
            }
            text.append("\n")
        }
        text.append("Every flag of the team is in red_flags.csv of the \(window.period.rawValue) report \(window.label).\n")
        return text
    }

    /// `- **critical** stalled, account A-1, since 2026-11-09: Acme: No milestone progress …`
    private func item(_ flag: RedFlag, messages: RedFlagMessages) -> TextBytes {
        var text: TextBytes = "- **\(flag.severity.rawValue)** \(flag.rule.rawValue), \(flag.scope.rawValue) "
        text.append("\(markdown: shownText(flag.key))")
        if let since = flag.since { text.append(", since \(since)") }
        text.append(": \(markdown: messages.bytes(of: flag))\n")
        return text
    }

    /// `Portfolio: 23 active onboardings (mid_market 20, smb 3), load 0.92 on 1.00 FTE …`
    private func portfolioLine(_ config: Config) -> String? {
        guard let row = portfolio else { return nil }
        let bySegment = row.activeBySegment.enumerated().filter { $0.element > 0 }
            .map { "\(config.segments[$0.offset].name) \($0.element)" }.joined(separator: ", ")
        var line = "Portfolio: \(row.active) active onboarding\(row.active == 1 ? "" : "s")"
        if !bySegment.isEmpty { line += " (\(bySegment))" }
        if let fte = row.fte, let utilization = row.utilization {
            line += ", load \(row.load.formatted(places: 2)) on \(fte.formatted(places: 2)) FTE "
                + "(utilization \(utilization.formatted(places: 4)))"
        }
        line += ", \(row.stalled) stalled, \(row.overdue) overdue"
        if let quality = row.handoffQuality { line += ", handoff quality \(quality.formatted(places: 4))" }
        return line + "."
    }
}

/// Input text as a person sees it: at most 100 characters, then `…` (SPEC §3).
private func shownText(_ text: String) -> String {
    text.count <= 100 ? text : text.prefix(100) + "…"
}
