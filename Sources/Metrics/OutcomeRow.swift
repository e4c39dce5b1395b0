import OnboardingModel
import Statistics

/// One row of outcomes.csv: the retention of one band of one factor at one
/// horizon, against the factor's reference band (SPEC §5, §7).
public struct OutcomeRow: Sendable, Equatable {
    public var factor: String
    public var band: String
    public var horizonDays: Int
    /// Accounts with days(close, S) ≥ horizon in this band.
    public var eligible: Int
    /// Eligible accounts that had not churned before close + horizon.
    public var retained: Int
    /// The factor's first band.
    public var referenceBand: String
    /// Nil on the reference band's own row, and when the reference band has
    /// no eligible account at this horizon.
    public var versusReference: ReferenceComparison?

    public init(factor: String, band: String, horizonDays: Int, eligible: Int, retained: Int,
                referenceBand: String, versusReference: ReferenceComparison?) {
        self.factor = factor
        self.band = band
        self.horizonDays = horizonDays
        self.eligible = eligible
        self.retained = retained
        self.referenceBand = referenceBand
        self.versusReference = versusReference
    }

    /// Retained ÷ eligible (eligible is never 0: such bands have no row).
    public var retentionRate: Rational? { .ratio(retained, eligible) }

    /// The 95% Wilson interval of the retention rate.
    public var retentionInterval: (low: Double, high: Double)? {
        Statistics.wilsonInterval(successes: retained, trials: eligible)
    }
}

/// A band against its factor's reference band at one horizon.
public struct ReferenceComparison: Sendable, Equatable {
    /// Ratio of retention rates with Katz's interval; nil when the
    /// reference band's rate is 0.
    public var ratio: Statistics.RiskRatio?
    /// Fisher's exact test, two-sided, of the 2×2 table band × retained.
    public var pValue: Double

    public init(ratio: Statistics.RiskRatio?, pValue: Double) {
        self.ratio = ratio
        self.pValue = pValue
    }
}
