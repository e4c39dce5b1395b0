import OnboardingModel

/// What a report shows of "does onboarding pay off?" (SPEC §5): outcomes.csv
/// and, with `compare:`, comparison.csv.
public struct PayoffViews: Sendable {
    public var outcomes: [OutcomeRow]
    /// Empty without `compare:`.
    public var comparison: [ComparisonRow]
    /// Sentences on ids `compare` lists that no onboarded account has.
    public var comparisonNotes: [String]

    public init(outcomes: [OutcomeRow] = [], comparison: [ComparisonRow] = [], comparisonNotes: [String] = []) {
        self.outcomes = outcomes
        self.comparison = comparison
        self.comparisonNotes = comparisonNotes
    }
}

extension MetricsEngine {
    /// outcomes.csv and comparison.csv rows at `snapshot`.
    ///
    /// - Throws: `PipelineError(.data)` when `compare` picks an empty pilot or
    ///   baseline, or both pick one account.
    public func payoffViews(_ accounts: SnapshotAccounts, at snapshot: Day) throws(PipelineError) -> PayoffViews {
        let notes = config.compare.map {
            CompareCohorts(compare: $0, columns: config.compareColumns).unmatchedIDNotes(accounts, snapshot: snapshot)
        } ?? []
        return PayoffViews(outcomes: outcomeRows(accounts, at: snapshot),
                           comparison: try comparisonRows(accounts, at: snapshot),
                           comparisonNotes: notes)
    }
}
