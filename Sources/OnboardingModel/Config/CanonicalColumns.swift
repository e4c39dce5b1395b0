/// The input files a config may name, in manifest order (SPEC §3), and the
/// canonical columns each one reads: the keys `columns.<file>` accepts.
///
/// One list per file, kept equal to the ingesters' required and optional
/// columns by a test (`CanonicalColumnsTests`); a file added to the ingest
/// adds its list here. deals.csv also reads the configured `handoff.fields` and
/// the columns `compare` picks accounts by.
enum InputFileKind {
    static let allNames = ["deals", "milestones", "events", "csms", "forecast", "surveys", "accounts", "holds", "events_daily",
                           "events_users"]

    static let canonicalColumns: [String: [String]] = [
        "deals": ["deal_id", "account_id", "close_date", "acv", "account_name", "stage", "segment", "ae", "csm",
                  "region", "renewal_date", "churn_date", "currency"],
        "milestones": ["account_id", "milestone", "status", "completed_date"],
        "events": ["account_id", "occurred_at", "event", "user_id"],
        "csms": ["csm", "fte", "segment", "email", "manager_email"],
        "forecast": ["segment", "month", "deals"],
        "surveys": ["account_id", "responded_at", "score"],
        "accounts": ["account_id", "account_name", "segment", "csm", "region"],
        "holds": ["account_id", "start_date", "end_date", "owner", "reason"],
        "events_daily": ["account_id", "event_date", "event", "events"],
        "events_users": ["account_id", "user_id", "event", "first_date"],
    ]
}

extension ConfigChecks {
    /// Every key under `columns.<file>` is a canonical column of that file
    /// (SPEC §3 "Config"): a typo such as `columns.deals.cms` would otherwise
    /// map nothing, silently.
    func canonicalColumnNames() throws(PipelineError) {
        for file in config.columns.keys.sorted() {
            guard let known = InputFileKind.canonicalColumns[file] else { continue }
            let valid = known + (file == "deals" ? config.handoff.fields + config.compareColumns : [])
            for key in (config.columns[file] ?? [:]).keys.sorted() where !valid.contains(key) {
                let hint = closestKey(to: key, among: valid).map { "did you mean \($0)?" }
                    ?? "the columns of \(file) are \(valid.joined(separator: ", "))"
                throw reader.failure("columns.\(file).\(key)", "is not a column of \(file); \(hint)")
            }
        }
    }

    /// Segment names other than `all`, the name of the whole-portfolio row,
    /// and no two segments starting at the same `min_acv`: the second would
    /// never be assigned an account (SPEC §3 "Config").
    func distinctSegments() throws(PipelineError) {
        var starts: [Rational: Int] = [:]
        for (i, segment) in config.segments.enumerated() {
            if segment.name == "all" {
                throw reader.failure("segments[\(i)].name", "is \"all\", the name of the row for every segment "
                                     + "together; name the segment otherwise")
            }
            if let first = starts[segment.minACV] {
                throw reader.failure("segments[\(i)].min_acv", "(\(decimalText(segment.minACV))) repeats "
                                     + "segments[\(first)].min_acv; the later segment would never get an account: "
                                     + "give each segment its own min_acv")
            }
            starts[segment.minACV] = i
        }
    }
}
