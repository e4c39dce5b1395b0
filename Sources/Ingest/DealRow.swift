import OnboardingModel

/// One closed-won row of deals.csv, typed: what its deal would give the
/// account it onboards. Grain: one per accepted deals.csv row, alive from the
/// row's read (`DealRowReader`) to its fold into the accounts (`AccountBook`).
///
/// The staging step of the deals path: fields are parsed, trimmed and
/// converted, nothing is aggregated. Repeated spellings (team names, handoff
/// patterns, compare values) are shared strings and arrays, not copies.
struct DealRow {
    var dealID: String
    var accountID: String
    /// "" when missing.
    var accountName = ""
    var closeDate: Day
    /// ACV in hundredths of the report currency, after conversion.
    var acvCents: Int64
    /// Index into `Config.segments`: the one the label names, else the ACV's.
    var segmentIndex: Int
    /// Whether a non-missing `segment` label named a configured segment.
    var segmentLabeled = false
    /// The raw `segment` label when it was not missing and named no configured
    /// segment, so the ACV decided (a data-quality note); nil otherwise.
    var unmatchedSegmentLabel: String?
    /// "" when missing, like `csm` and `region`.
    var ae = ""
    var csm = ""
    var region = ""
    /// Nil when missing or not a valid date.
    var churnDate: Day?
    var renewalDate: Day?
    /// Aligned with `Config.handoff.fields`.
    var handoffPresent: [Bool]
    /// Aligned with `Config.compareColumns`, normalized; empty without `compare`.
    var compareValues: [String] = []
}
