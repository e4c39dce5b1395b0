import OnboardingModel

/// One row of comparison.csv: one metric of the pilot against the baseline
/// (SPEC §5 "Pilot versus baseline", §7).
public struct ComparisonRow: Sendable, Equatable {
    /// How the metric's values are written.
    public enum Kind: Sendable, Equatable { case days, rate, score, nps }

    public var metric: String
    public var kind: Kind
    public var pilot: Rational?
    public var baseline: Rational?
    /// Accounts in the metric's denominator on each side; nil when the
    /// metric is undefined for lack of an input (day-7 without events).
    public var pilotN: Int?
    public var baselineN: Int?
    /// `log_rank`, `fisher_exact`, or "" for a metric shown without a test.
    public var test: String
    /// Two-sided; nil without a test or when a side has fewer than
    /// `min_group_size` accounts in the denominator.
    public var pValue: Double?

    public init(metric: String, kind: Kind, pilot: Rational?, baseline: Rational?, pilotN: Int?, baselineN: Int?,
                test: String, pValue: Double?) {
        self.metric = metric
        self.kind = kind
        self.pilot = pilot
        self.baseline = baseline
        self.pilotN = pilotN
        self.baselineN = baselineN
        self.test = test
        self.pValue = pValue
    }

    /// Pilot minus baseline, when both exist.
    public var difference: Rational? {
        guard let pilot, let baseline else { return nil }
        return pilot - baseline
    }
}
