/// The headers SPEC §7 fixes ("Exact headers of the files that analysts diff"),
/// and §6's for resolved_flags.csv.
enum SpecHeaders {
    /// The group metrics of cohorts.csv and segments.csv, `accounts` to `onboarding_nps`.
    static let metrics = [
        "accounts", "active", "complete", "churned", "ttv_n", "ttv_median_days", "ttv_p90_days",
        "ttv_within_target_rate", "completion_rate", "milestone_velocity_days", "stalled", "stall_rate",
        "handoff_quality", "retention_90d_rate", "day7_engagement_rate", "onboarding_nps",
    ]
    /// cohorts.csv and segments.csv "end with one more column, `adoption_rate`".
    static let cohorts = ["segment", "cohort"] + metrics + ["adoption_rate"]
    static let segments = ["segment"] + metrics
        + ["new_in_window", "first_value_in_window", "completed_in_window", "adoption_rate"]
    static let accounts = [
        "account_id", "account_name", "segment", "cohort", "close_date", "acv", "ae", "csm", "status",
        "current_milestone", "last_progress_date", "days_since_progress", "stalled", "first_value_date", "ttv_days",
        "completion_date", "completed_on_time", "handoff_score", "missing_handoff_fields", "day7_engaged",
        "hold_days", "on_hold", "features_adopted", "adoption_target_met", "health_score", "health_band",
        "health_drivers",
    ]
    static let redFlags = ["severity", "rule", "scope", "key", "segment", "csm", "value", "threshold", "since", "new",
                           "message"]
    static let resolvedFlags = ["rule", "scope", "key", "segment", "csm", "prior_severity", "prior_value", "outcome"]
    static let survival = [
        "segment", "cohort", "accounts", "reached", "censored", "km_median_days", "km_median_low", "km_median_high",
        "reached_by_target_rate", "reached_by_target_low", "reached_by_target_high", "reached_by_30d_rate",
        "reached_by_60d_rate", "reached_by_90d_rate", "naive_median_days",
    ]
    static let outcomes = [
        "factor", "band", "horizon_days", "eligible", "retained", "retention_rate", "retention_low", "retention_high",
        "reference_band", "retention_ratio", "ratio_low", "ratio_high", "p_value",
    ]
    static let comparison = ["metric", "pilot", "baseline", "difference", "pilot_n", "baseline_n", "test", "p_value"]

    /// The rate columns of cohorts.csv and segments.csv (SPEC §5: "Rates are fractions").
    static let groupRates = ["ttv_within_target_rate", "completion_rate", "stall_rate", "handoff_quality",
                             "retention_90d_rate", "day7_engagement_rate", "adoption_rate"]
}
