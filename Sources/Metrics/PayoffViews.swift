import OnboardingModel

/// What a report shows of "does onboarding pay off?" (SPEC §5): outcomes.csv
/// and, with `compare:`, comparison.csv.
public struct PayoffViews: Sendable {
    public var outcomes: [OutcomeRow]
    /// Empty without `compare:`.
    public var comparison: [ComparisonRow]

    public init(outcomes: [OutcomeRow] = [], comparison: [ComparisonRow] = []) {
        self.outcomes = outcomes
        self.comparison = comparison
    }
}

extension MetricsEngine {
    /// outcomes.csv and comparison.csv rows at `snapshot`.
    ///
    /// - Throws: `PipelineError(.data)` when `compare` picks an empty pilot or
    ///   baseline, or both pick one account.
    public func payoffViews(_ snapshots: [AccountSnapshot], accounts: [OnboardedAccount],
                            at snapshot: Day) throws(PipelineError) -> PayoffViews {
        PayoffViews(outcomes: outcomeRows(snapshots, accounts: accounts, at: snapshot),
                    comparison: try comparisonRows(snapshots, accounts: accounts, at: snapshot))
    }
}
