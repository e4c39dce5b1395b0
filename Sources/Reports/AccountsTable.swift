import Metrics
import OnboardingModel

/// accounts.csv: one row per onboarded account at the snapshot, by
/// `account_id` in byte order (SPEC §7).
///
/// Rows are produced one at a time so that a million accounts never exist as
/// one table of strings in memory.
enum AccountsTable {
    static let fileName = "accounts.csv"

    static let header = [
        "account_id", "account_name", "segment", "cohort", "close_date", "acv", "ae", "csm", "status",
        "current_milestone", "last_progress_date", "days_since_progress", "stalled", "first_value_date",
        "ttv_days", "completion_date", "completed_on_time", "handoff_score", "missing_handoff_fields",
        "day7_engaged",
    ]

    /// The snapshots in `account_id` byte order. Ingest already sorts accounts
    /// that way, so the usual cost is one pass that checks it.
    static func ordered(_ snapshots: [AccountSnapshot], accounts: [OnboardedAccount]) -> [AccountSnapshot] {
        func precedes(_ a: AccountSnapshot, _ b: AccountSnapshot) -> Bool {
            accounts[a.accountIndex].accountID.utf8
                .lexicographicallyPrecedes(accounts[b.accountIndex].accountID.utf8)
        }
        let sorted = zip(snapshots, snapshots.dropFirst()).allSatisfy { !precedes($1, $0) }
        return sorted ? snapshots : snapshots.sorted(by: precedes)
    }

    static func row(_ s: AccountSnapshot, account a: OnboardedAccount, config: Config) -> [String] {
        [
            CellFormat.input(a.accountID),
            CellFormat.input(a.accountName),
            config.segments[s.segmentIndex].name,
            s.cohort,
            CellFormat.date(a.closeDate),
            CellFormat.money(cents: a.acvCents),
            CellFormat.input(a.ae),
            CellFormat.input(a.csm),
            s.status.rawValue,
            s.currentMilestone.map { config.milestones.order[$0] } ?? "",
            CellFormat.date(s.lastProgress),
            CellFormat.integer(s.daysSinceProgress),
            CellFormat.bool(s.stalled),
            CellFormat.date(s.firstValueDate),
            CellFormat.integer(s.ttvDays),
            CellFormat.date(s.completionDate),
            CellFormat.bool(s.completedOnTime),
            CellFormat.rate(s.handoffScore),
            s.missingHandoffFields.joined(separator: ";"),
            CellFormat.bool(s.day7Engaged),
        ]
    }
}
