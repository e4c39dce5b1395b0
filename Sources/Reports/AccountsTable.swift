import CSVStream
import Metrics
import OnboardingModel

/// accounts.csv: one row per onboarded account at the snapshot, by
/// `account_id` in byte order (SPEC §7).
///
/// Rows are written one at a time, cell by cell as bytes, so that a million
/// accounts never exist as a table of strings in memory.
enum AccountsTable {
    static let fileName = "accounts.csv"

    static let header = [
        "account_id", "account_name", "segment", "cohort", "close_date", "acv", "ae", "csm", "status",
        "current_milestone", "last_progress_date", "days_since_progress", "stalled", "first_value_date",
        "ttv_days", "completion_date", "completed_on_time", "handoff_score", "missing_handoff_fields",
        "day7_engaged", "hold_days", "on_hold", "features_adopted", "adoption_target_met", "health_score",
        "health_band", "health_drivers",
    ]

    /// The accounts in `account_id` byte order. Ingest already sorts accounts
    /// that way, so the usual cost is one pass that checks it.
    static func ordered(_ accounts: SnapshotAccounts) -> SnapshotAccounts {
        func precedes(_ a: AccountSnapshot, _ b: AccountSnapshot) -> Bool {
            bytesPrecede(accounts[account: a].accountID, accounts[account: b].accountID)
        }
        let snapshots = accounts.snapshots
        let sorted = zip(snapshots, snapshots.dropFirst()).allSatisfy { !precedes($1, $0) }
        return sorted ? accounts
            : SnapshotAccounts(accounts: accounts.accounts, snapshots: snapshots.sorted(by: precedes))
    }

    /// Appends the row of `s`'s account, from `accounts` (the array its
    /// `accountIndex` points into), to `row`.
    ///
    /// The account's fields are read in place: passed as one value, each of
    /// a million accounts would be copied, retaining every string and array it holds.
    static func write(_ s: AccountSnapshot, of accounts: [OnboardedAccount], config: Config,
                      to row: inout CSVRowBuilder) {
        let a = s.accountIndex
        row.input(accounts[a].accountID)
        row.input(accounts[a].accountName)
        row.text(config.segments[s.segmentIndex].name)
        row.text(s.cohort)
        row.date(accounts[a].closeDate)
        row.money(cents: accounts[a].acvCents)
        row.input(accounts[a].ae)
        row.input(accounts[a].csm)
        row.text(s.status.rawValue)
        row.text(s.currentMilestone.map { config.milestones.order[$0] } ?? "")
        row.date(s.lastProgress)
        row.integer(s.daysSinceProgress)
        row.bool(s.stalled)
        row.date(s.firstValueDate)
        row.integer(s.ttvDays)
        row.date(s.completionDate)
        row.bool(s.completedOnTime)
        if config.handoff.fields.isEmpty { row.empty() } else { row.rational(s.handoffScore, places: 4) }
        row.joined(s.missingHandoffFields, separator: UInt8(ascii: ";"))
        row.bool(s.day7Engaged)
        // Customer holds (SPEC §5 "The clock"): 0 and false without holds.csv.
        row.integer(s.holdDays)
        row.bool(s.onHold)
        // Adoption and health (SPEC §5 "Adoption breadth and onboarding health").
        row.integer(s.featuresAdopted)
        row.bool(s.adoptionTargetMet)
        row.integer(s.healthScore)
        if let score = s.healthScore {
            let health = HealthScoring(config: config)
            row.text(health.band(score).rawValue)
            row.text(health.drivers(health.components(s)))
        } else {
            row.empty()
            row.empty()
        }
    }
}
