/// red_flags.csv (SPEC §6): every flag's key is an account, a CSM or a segment
/// of the report, agrees with that row, fires on the right side of its
/// threshold, and comes in the fixed order; every stalled account has its flag.
extension ReportChecker {
    static let redFlagsFile = "red_flags.csv"

    private static let flagColumns = ["severity", "rule", "scope", "key", "segment", "csm", "value", "threshold",
                                      "since", "new"]

    mutating func checkRedFlags() {
        let file = Self.redFlagsFile
        let segments = Set(segmentNames)
        let stallRates = Dictionary(segmentRows.map { ($0["segment"], $0["stall_rate"]) }) { a, _ in a }
        var groupFlags: Set<String> = []
        var previous: FlagPosition?
        do {
            try table(file).forEachRow(Self.flagColumns, exactHeader: SpecHeaders.redFlags) { row in
                log.checkAccepted(row, "severity", ["critical", "warning"], in: file)
                log.checkAccepted(row, "new", Cell.booleans, in: file)
                guard let rule = FlagRule(rawValue: row["rule"]) else {
                    return log.checkAccepted(row, "rule", Set(FlagRule.allCases.map(\.rawValue)), in: file)
                }
                let key = row["key"], scope = rule.scope
                // "Rows sort by severity (critical first), then rule and key in byte order".
                let position = FlagPosition(severity: row["severity"], rule: rule.rawValue, keyCell: key)
                if let previous, !previous.precedes(position) {
                    log.record(.rowOrder, file, line: row.line,
                               "\(row["severity"]) \(rule.rawValue) \(key) is not after the row before it")
                }
                previous = position
                var counts = flagCounts[rule, default: FlagCounts()]
                if row["severity"] == "critical" { counts.critical += 1 } else { counts.warning += 1 }
                if row["new"] == "true" { counts.new += 1 }
                flagCounts[rule] = counts
                if scope != .segment { digestOwners.insert(row["csm"]) }
                if row["scope"] != scope.rawValue {
                    log.record(.acceptedValue, file, line: row.line,
                               "\(rule.rawValue) has scope \(row["scope"]), not \(scope.rawValue)")
                }
                if !rule.fires(value: row["value"], threshold: row["threshold"]) {
                    log.record(.flagAgreement, file, line: row.line,
                               "\(rule.rawValue) \(key): value \(row["value"]) does not cross threshold \(row["threshold"])")
                }
                // "since: ... empty for CSM and segment rules".
                if row["since"].isEmpty != (scope != .account) {
                    log.record(.flagAgreement, file, line: row.line, "\(rule.rawValue) \(key): since is \"\(row["since"])\"")
                }
                switch scope {
                case .account:
                    checkAccountFlag(row, rule)
                case .csm:
                    if !groupFlags.insert("\(rule.rawValue)\u{0}\(key)").inserted {
                        log.record(.unique, file, line: row.line, "a second \(rule.rawValue) flag for \(key)")
                    }
                    checkCSMFlag(row)
                case .segment:
                    if !groupFlags.insert("\(rule.rawValue)\u{0}\(key)").inserted {
                        log.record(.unique, file, line: row.line, "a second \(rule.rawValue) flag for \(key)")
                    }
                    guard segments.contains(key) else {
                        log.record(.relationship, file, line: row.line,
                                   "\(rule.rawValue): \(key) is not a segment of segments.csv")
                        return
                    }
                    if row["segment"] != key || !row["csm"].isEmpty {
                        log.record(.flagAgreement, file, line: row.line,
                                   "\(rule.rawValue) \(key): segment \"\(row["segment"])\", csm \"\(row["csm"])\"")
                    }
                    // §6: stall_share_high's value is the stall rate, segments.csv's stall_rate.
                    if rule == .stallShareHigh && row["value"] != stallRates[key] {
                        log.record(.flagAgreement, file, line: row.line,
                                   "stall_share_high \(key): value \(row["value"]), "
                                   + "segments.csv stall_rate \(stallRates[key] ?? "")")
                    }
                }
            }
        } catch {
            return log.record(error.violation)
        }
        // §5–§6: a stalled account is an active one whose days since progress reached stall.days: the stalled rule.
        for (id, facts) in accounts where facts.stalled && facts.flaggedRules & FlagRule.stalled.bit == 0 {
            log.record(.flagAgreement, Self.accountsFile, line: facts.line, "\(id) is stalled but has no stalled flag")
        }
    }

    /// An account flag: its account exists, is active, has the flag's segment and CSM, and
    /// shows what the rule fired on.
    private mutating func checkAccountFlag(_ row: TableRow, _ rule: FlagRule) {
        let file = Self.redFlagsFile, key = row["key"]
        guard var facts = accounts[key] else {
            return log.record(.relationship, file, line: row.line, "\(rule.rawValue): account \(key) is not in accounts.csv")
        }
        func disagrees(_ detail: String) {
            log.record(.flagAgreement, file, line: row.line, "\(rule.rawValue) \(key): \(detail)")
        }
        if facts.flaggedRules & rule.bit != 0 {
            log.record(.unique, file, line: row.line, "a second \(rule.rawValue) flag for \(key)")
        }
        facts.flaggedRules |= rule.bit
        accounts[key] = facts
        // §6 scope "active account"; "segment and csm are the account's".
        if facts.status != .active { disagrees("the account is \(facts.status.rawValue)") }
        if row["segment"] != names[facts.segment] || row["csm"] != names[facts.csm] {
            disagrees("segment \(row["segment"]) and csm \(row["csm"]) are not the account's "
                + "(\(names[facts.segment]), \(names[facts.csm]))")
        }
        switch rule {
        case .stalled:
            if !facts.stalled {
                // §5: an account on hold "is not stalled ... and raises on_hold_long instead".
                disagrees(facts.onHold ? "the account is on hold at S, so not stalled" : "accounts.csv says not stalled")
            }
            if Int32(row["value"]) != facts.daysSinceProgress {
                disagrees("value \(row["value"]) is not days_since_progress \(facts.daysSinceProgress)")
            }
        case .firstValueOverdue:
            if facts.hasFirstValue { disagrees("the account has a first value date") }
        case .handoffIncomplete:
            if Cell.number(row["value"]) != facts.handoffScore {
                disagrees("value \(row["value"]) is not the account's handoff_score")
            }
        case .noEarlyEngagement:
            if row["value"] != "0" || row["threshold"] != "1" { disagrees("value and threshold are not 0 and 1") }
        case .onHoldLong:
            if !facts.onHold { disagrees("accounts.csv says not on hold") }
        default:
            break
        }
    }

    /// A CSM flag: the CSM has a portfolio row, is not `(unassigned)`, and the flag shows
    /// their segment and utilization.
    private mutating func checkCSMFlag(_ row: TableRow) {
        let file = Self.redFlagsFile, key = row["key"]
        // "(unassigned) is never flagged".
        guard key != "(unassigned)", let line = portfolio[key] else {
            return log.record(.relationship, file, line: row.line,
                              "csm_over_capacity: \(key) is not a CSM of csm_portfolio.csv")
        }
        if row["csm"] != key || row["segment"] != line.segment || row["value"] != line.utilization {
            log.record(.flagAgreement, file, line: row.line,
                       "csm_over_capacity \(key): csm \(row["csm"]), segment \(row["segment"]), value \(row["value"]) "
                       + "against the portfolio's segment \(line.segment), utilization \(line.utilization)")
        }
    }
}
