/// accounts.csv (SPEC §7 "one row per onboarded account"): the grain, each row
/// against SPEC §5's definitions, and the tallies the group tables must equal.
extension ReportChecker {
    static let accountsFile = "accounts.csv"

    private static let accountColumns = [
        "account_id", "segment", "cohort", "close_date", "acv", "csm", "status", "current_milestone",
        "last_progress_date", "days_since_progress", "stalled", "first_value_date", "ttv_days", "completion_date",
        "completed_on_time", "handoff_score", "day7_engaged", "hold_days", "on_hold", "features_adopted",
        "adoption_target_met", "health_score", "health_band",
    ]

    mutating func checkAccounts() {
        let file = Self.accountsFile
        let statuses = Set(AccountFacts.Status.allCases.map(\.rawValue))
        let segments = Set(segmentNames)
        do {
            try table(file).forEachRow(Self.accountColumns, exactHeader: SpecHeaders.accounts) { row in
                let id = row["account_id"]
                guard !id.isEmpty else {
                    return log.record(.notEmpty, file, line: row.line, "account_id is empty")
                }
                if let first = accounts[id] {
                    return log.record(.unique, file, line: row.line, "account_id \(id) is also on line \(first.line)")
                }
                log.checkAccepted(row, "status", statuses, in: file)
                for column in ["stalled", "on_hold"] { log.checkAccepted(row, column, Cell.booleans, in: file) }
                for column in ["completed_on_time", "day7_engaged", "adoption_target_met"] {
                    log.checkAccepted(row, column, Cell.optionalBooleans, in: file)
                }
                if !segmentRows.isEmpty && !segments.contains(row["segment"]) {
                    log.record(.relationship, file, line: row.line,
                               "segment \(row["segment"]) of \(id) is not a segment of segments.csv")
                }
                for column in ["acv", "days_since_progress", "ttv_days", "hold_days", "features_adopted"] {
                    log.checkNonNegative(row, column, in: file)
                }
                log.checkRate(row, "handoff_score", in: file)
                checkAccountRow(row, id: id)
                let facts = AccountFacts(
                    line: row.line, status: AccountFacts.Status(rawValue: row["status"]) ?? .active,
                    stalled: row["stalled"] == "true", onHold: row["on_hold"] == "true",
                    hasFirstValue: !row["first_value_date"].isEmpty,
                    segment: names.index(row["segment"]), csm: names.index(row["csm"]),
                    daysSinceProgress: Int32(row["days_since_progress"]) ?? -1,
                    handoffScore: Cell.number(row["handoff_score"]))
                accounts[id] = facts
                tally(facts, row)
            }
        } catch {
            log.record(error.violation)
        }
    }

    /// One account against SPEC §5: its status, dates, stalled and on-hold flags and
    /// health agree with each other and with the snapshot.
    private mutating func checkAccountRow(_ row: TableRow, id: String) {
        let file = Self.accountsFile
        func broken(_ detail: String) { log.record(.accountRow, file, line: row.line, "\(id): \(detail)") }
        let status = row["status"], close = row["close_date"]
        let active = status == "active"
        // §5 "Cohort = close month YYYY-MM".
        if row["cohort"] != String(close.prefix(7)) { broken("cohort \(row["cohort"]) is not the month of \(close)") }
        // §5 "Accounts closed after S appear nowhere"; §3 milestone dates before close count as close;
        // §2 anything dated after S has not happened yet.
        let snapshot = manifest?.snapshot ?? "9999-12-31"
        if close.isEmpty || close > snapshot { broken("close_date \(close) is not on or before the snapshot \(snapshot)") }
        for column in ["last_progress_date", "first_value_date", "completion_date"] {
            let day = row[column]
            if !day.isEmpty && (day < close || day > snapshot) {
                broken("\(column) \(day) is outside close \(close) to snapshot \(snapshot)")
            }
        }
        if row["last_progress_date"].isEmpty {
            broken("last_progress_date is empty (it is the close date when nothing was achieved)")
        }
        let firstValue = row["first_value_date"], completion = row["completion_date"]
        if !firstValue.isEmpty && !completion.isEmpty && completion < firstValue {
            broken("completion_date \(completion) is before first_value_date \(firstValue)")
        }
        // §5 status: complete exactly when there is a completion date.
        if (status == "complete") != !completion.isEmpty {
            broken("status \(status) with completion_date \"\(completion)\"")
        }
        // §5 "Stalled = active and ..."; an account on hold is active and not stalled.
        if row["stalled"] == "true" && !active { broken("stalled while \(status)") }
        if row["on_hold"] == "true" && (!active || row["stalled"] == "true") {
            broken("on_hold while \(status)\(row["stalled"] == "true" ? " and stalled" : "")")
        }
        // §5 "current milestone (active accounts)": an active account has one not yet achieved or skipped.
        if row["current_milestone"].isEmpty == active {
            broken("current_milestone \"\(row["current_milestone"])\" while \(status)")
        }
        // §5 "TTV = days(close, first value date)".
        if row["ttv_days"].isEmpty != firstValue.isEmpty {
            broken("ttv_days \"\(row["ttv_days"])\" with first_value_date \"\(firstValue)\"")
        }
        // §7 completed_on_time is empty only while neither complete nor past the window.
        if status == "complete" && row["completed_on_time"].isEmpty { broken("complete without completed_on_time") }
        // §5 "health score of an active account, 0–100 ... Complete and churned accounts have no score".
        let health = row["health_score"]
        if health.isEmpty == active { broken("health_score \"\(health)\" while \(status)") }
        if !health.isEmpty && !(Cell.integer(health).map { (0...100).contains($0) } ?? false) {
            log.record(.statisticInRange, file, line: row.line, "health_score \(health) is not in 0–100")
        }
        if health.isEmpty != row["health_band"].isEmpty {
            broken("health_band \"\(row["health_band"])\" with health_score \"\(health)\"")
        } else if !health.isEmpty {
            log.checkAccepted(row, "health_band", ["green", "amber", "red"], in: file)
        }
    }

    /// Adds one account to the counts of its segment × cohort, its segment, all, and its CSM.
    private mutating func tally(_ facts: AccountFacts, _ row: TableRow) {
        var counts = GroupCounts()
        counts.accounts = 1
        switch facts.status {
        case .active: counts.active = 1
        case .complete: counts.complete = 1
        case .churned: counts.churned = 1
        }
        counts.stalled = facts.stalled ? 1 : 0
        counts.ttvN = facts.hasFirstValue ? 1 : 0
        if let manifest {
            counts.newInWindow = manifest.windowHolds(row["close_date"]) ? 1 : 0
            counts.firstValueInWindow = manifest.windowHolds(row["first_value_date"]) ? 1 : 0
            counts.completedInWindow = manifest.windowHolds(row["completion_date"]) ? 1 : 0
        }
        let segment = row["segment"]
        cohortCounts[CohortKey(segment: segment, cohort: row["cohort"]), default: GroupCounts()].add(counts)
        segmentCounts[segment, default: GroupCounts()].add(counts)
        allCounts.add(counts)
        if facts.status == .active {
            // SPEC §5 Capacity: "Accounts with no CSM belong to (unassigned)".
            let csm = row["csm"].isEmpty ? "(unassigned)" : row["csm"]
            csmCounts[csm, default: CSMCounts()].active += 1
            csmCounts[csm, default: CSMCounts()].activeBySegment[segment, default: 0] += 1
            if facts.stalled { csmCounts[csm, default: CSMCounts()].stalled += 1 }
        }
    }
}
