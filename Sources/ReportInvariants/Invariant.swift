/// The kinds of invariant a report must keep, each a short stable code.
///
/// The grain and relationships of the output tables, in the manner of dbt's
/// `unique`, `not_null`, `relationships` and `accepted_values` tests, plus the
/// identities SPEC §5–§7 define between the tables. A violation names one of
/// these, so tests and the benchmark can tell which invariant broke.
public enum Invariant: String, Sendable, CaseIterable {
    /// A file SPEC §7 lists for every report is there (`comparison.csv` only with `compare:`).
    case requiredFile = "required_file"
    /// The header is SPEC §7's exactly ("Exact headers of the files that analysts diff").
    case exactHeader = "exact_header"
    /// The grain: one row per key (per account, segment × cohort, segment, rule × key).
    case unique
    /// A key cell is not empty (`account_id`).
    case notEmpty = "not_empty"
    /// A cell holds one of the values SPEC names (status, booleans, severity, scope, rule, outcome).
    case acceptedValue = "accepted_value"
    /// A key names a row of another table: a flag's account, CSM or segment, an account's segment.
    case relationship
    /// An account row agrees with itself (SPEC §5: status, stalled, current milestone, dates).
    case accountRow = "account_row"
    /// A flag agrees with the row it is about and fires on the right side of its threshold (SPEC §6).
    case flagAgreement = "flag_agreement"
    /// A group's counts are the counts of its accounts in accounts.csv, and a rate is its counts' quotient.
    case countsAddUp = "counts_add_up"
    /// A rate or a probability is in [0, 1].
    case rateInRange = "rate_in_range"
    /// A count or a day statistic is not negative, and a statistic's bounds are in order.
    case statisticInRange = "statistic_in_range"
    /// Rows come in the order SPEC §6–§7 fix.
    case rowOrder = "row_order"
    /// summary.md counts the flags of red_flags.csv and resolved_flags.csv (SPEC §7 summary).
    case summaryFlagCounts = "summary_flag_counts"
    /// The manifest's row counts add up and match rejects.csv (SPEC §3 "nothing is lost", §7).
    case rowAccounting = "row_accounting"
    /// One digest per CSM with open flags (SPEC §7 `csm/<name>.md`).
    case digestFiles = "digest_files"
}
