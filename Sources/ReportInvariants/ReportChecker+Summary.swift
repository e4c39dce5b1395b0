import Foundation

/// summary.md's red flags (SPEC §7: "red flags (counts by rule ...)", "new and
/// resolved flags counted beside the open ones"): the counts it shows are the
/// rows of red_flags.csv and resolved_flags.csv.
extension ReportChecker {
    static let summaryFile = "summary.md"

    mutating func checkSummaryFlagCounts() {
        let file = Self.summaryFile
        guard let text = try? String(contentsOfFile: directory + "/" + file, encoding: .utf8) else {
            return log.record(.requiredFile, file, "missing or not UTF-8")
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(of: "## Red flags") else {
            return log.record(.summaryFlagCounts, file, "no \"## Red flags\" section")
        }
        let end = lines[(start + 1)...].firstIndex { $0.hasPrefix("## ") } ?? lines.endIndex
        let open = flagCounts.values.reduce(FlagCounts()) {
            FlagCounts(critical: $0.critical + $1.critical, warning: $0.warning + $1.warning, new: $0.new + $1.new)
        }
        let total = open.critical + open.warning, resolved = resolvedCounts.values.reduce(0, +)
        var table: [FlagRule: [Int]] = [:]
        var headline: (line: Int, counts: [Int])?
        let headlinePattern = /^(\d+) flags?: (\d+) critical, (\d+) warning; (\d+) new and (\d+) resolved/
        for i in (start + 1)..<end {
            let line = lines[i]
            if headline == nil, let match = line.firstMatch(of: headlinePattern) {
                headline = (i + 1, [match.1, match.2, match.3, match.4, match.5].map { Int($0)! })
            } else if line.hasPrefix("|") {
                let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
                if cells.count == 5, let rule = FlagRule(rawValue: cells[0]) {
                    let counts = cells.dropFirst().compactMap { Int($0) }
                    if counts.count == 4 { table[rule] = counts }
                }
            }
        }
        guard total > 0 else {
            // No open flag: the section says so, with the resolved ones when there are any.
            let said = lines[start..<end].joined(separator: "\n")
            if !said.contains("None at this snapshot") || (resolved > 0) != said.contains("; \(resolved) resolved") {
                log.record(.summaryFlagCounts, file, line: start + 1,
                           "red_flags.csv has no flag and resolved_flags.csv \(resolved): the section does not say so")
            }
            return
        }
        let expected = [total, open.critical, open.warning, open.new, resolved]
        if headline?.counts != expected {
            log.record(.summaryFlagCounts, file, line: headline?.line ?? start + 1,
                       "says \(headline.map { "\($0.counts)" } ?? "no count") for flags, critical, warning, new, resolved; "
                       + "red_flags.csv and resolved_flags.csv have \(expected)")
        }
        for rule in FlagRule.allCases {
            let counts = flagCounts[rule, default: FlagCounts()]
            let want = [counts.critical, counts.warning, counts.new, resolvedCounts[rule, default: 0]]
            if table[rule, default: [0, 0, 0, 0]] != want {
                log.record(.summaryFlagCounts, file,
                           "\(rule.rawValue): the table says \(table[rule, default: [0, 0, 0, 0]]) critical, warning, "
                           + "new, resolved; "
                           + "the CSVs have \(want)")
            }
        }
    }
}
