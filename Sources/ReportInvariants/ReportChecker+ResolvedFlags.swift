/// resolved_flags.csv (SPEC §6): each resolved flag names a known account or
/// segment, and an account's `outcome` is its status at S when it left
/// `active`, else `cleared`.
extension ReportChecker {
    static let resolvedFlagsFile = "resolved_flags.csv"

    mutating func checkResolvedFlags() {
        let file = Self.resolvedFlagsFile
        guard let rows = rows(file, SpecHeaders.resolvedFlags, exactHeader: SpecHeaders.resolvedFlags) else { return }
        let segments = Set(segmentNames)
        var previous: FlagPosition?
        for row in rows {
            log.checkAccepted(row, "prior_severity", ["critical", "warning"], in: file)
            log.checkAccepted(row, "outcome", ["complete", "churned", "cleared"], in: file)
            guard let rule = FlagRule(rawValue: row["rule"]) else {
                log.checkAccepted(row, "rule", Set(FlagRule.allCases.map(\.rawValue)), in: file)
                continue
            }
            resolvedCounts[rule, default: 0] += 1
            let key = row["key"], outcome = row["outcome"]
            if row["scope"] != rule.scope.rawValue {
                log.record(.acceptedValue, file, line: row.line, "\(rule.rawValue) has scope \(row["scope"])")
            }
            // "sorted like red_flags.csv".
            let position = FlagPosition(severity: row["prior_severity"], rule: rule.rawValue, keyCell: key)
            if let previous, !previous.precedes(position) {
                log.record(.rowOrder, file, line: row.line, "\(rule.rawValue) \(key) is not after the row before it")
            }
            previous = position
            switch rule.scope {
            case .account:
                guard let facts = accounts[key] else {
                    log.record(.relationship, file, line: row.line, "\(rule.rawValue): account \(key) is not in accounts.csv")
                    continue
                }
                let expected = facts.status == .active ? "cleared" : facts.status.rawValue
                if outcome != expected {
                    log.record(.flagAgreement, file, line: row.line,
                               "\(rule.rawValue) \(key): outcome \(outcome), but the account is \(facts.status.rawValue)")
                }
            case .segment where !segments.contains(key):
                log.record(.relationship, file, line: row.line, "\(rule.rawValue): \(key) is not a segment of segments.csv")
            default:
                if outcome != "cleared" {
                    log.record(.flagAgreement, file, line: row.line,
                               "\(rule.rawValue) \(key): outcome \(outcome) of a \(rule.scope.rawValue) flag")
                }
            }
        }
    }
}
