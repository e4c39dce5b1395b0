/// The counts of a group of accounts (a segment × cohort, a segment, all) that
/// cohorts.csv and segments.csv report, tallied from accounts.csv.
struct GroupCounts: Equatable {
    var accounts = 0
    var active = 0
    var complete = 0
    var churned = 0
    var stalled = 0
    /// Accounts with a first value date (SPEC §5 `ttv_n`).
    var ttvN = 0
    var newInWindow = 0
    var firstValueInWindow = 0
    var completedInWindow = 0

    /// The count a group table's column holds, by its name.
    subscript(column: String) -> Int? {
        switch column {
        case "accounts": accounts
        case "active": active
        case "complete": complete
        case "churned": churned
        case "stalled": stalled
        case "ttv_n": ttvN
        case "new_in_window": newInWindow
        case "first_value_in_window": firstValueInWindow
        case "completed_in_window": completedInWindow
        default: nil
        }
    }

    /// The columns of cohorts.csv that count accounts.
    static let cohortColumns = ["accounts", "active", "complete", "churned", "stalled", "ttv_n"]
    /// segments.csv adds the window's counts.
    static let segmentColumns = cohortColumns + ["new_in_window", "first_value_in_window", "completed_in_window"]
}

extension GroupCounts {
    mutating func add(_ other: GroupCounts) {
        accounts += other.accounts
        active += other.active
        complete += other.complete
        churned += other.churned
        stalled += other.stalled
        ttvN += other.ttvN
        newInWindow += other.newInWindow
        firstValueInWindow += other.firstValueInWindow
        completedInWindow += other.completedInWindow
    }
}
