import OnboardingModel
import Statistics

extension MetricsEngine {
    /// outcomes.csv rows (SPEC §5 "Does onboarding pay off?"): per factor ×
    /// band × horizon with an eligible account, in factor order, then band
    /// order, then ascending horizon.
    ///
    /// - Complexity: one pass over the snapshots (factors × horizons counts
    ///   each), then one Fisher test per row.
    public func outcomeRows(_ accounts: SnapshotAccounts, at snapshot: Day) -> [OutcomeRow] {
        let factors = OutcomeFactor.all(config: config, hasEvents: hasEvents, hasSurveys: hasSurveys)
        let horizons = config.outcomes.horizons
        let rules = OutcomeRules(snapshot: snapshot, ttvBandLimits: config.outcomes.ttvBands,
                                 handoffMinScore: config.handoff.minScore)
        // counts[factor][band][horizon]
        var eligible = factors.map { f in Array(repeating: Array(repeating: 0, count: horizons.count), count: f.bands.count) }
        var retained = eligible
        for entry in accounts {
            let s = entry.snapshot
            // Retained at h unless churned before close + h; the snapshot keeps only a churn ≤ S.
            let churnDay = s.churnDate.map { $0 - entry.account.closeDate }
            for (f, factor) in factors.enumerated() {
                guard let band = factor.band(of: entry, rules: rules) else { continue }
                for (h, horizon) in horizons.enumerated() where s.daysSinceClose >= horizon {
                    eligible[f][band][h] += 1
                    if churnDay.map({ $0 >= horizon }) ?? true { retained[f][band][h] += 1 }
                }
            }
        }
        var rows: [OutcomeRow] = []
        for (f, factor) in factors.enumerated() {
            for band in factor.bands.indices {
                for (h, horizon) in horizons.enumerated() where eligible[f][band][h] > 0 {
                    let n1 = eligible[f][band][h], a = retained[f][band][h]
                    let n2 = eligible[f][0][h], c = retained[f][0][h]
                    var versus: ReferenceComparison?
                    if band > 0, n2 > 0 {
                        versus = ReferenceComparison(
                            ratio: Statistics.riskRatio(a: a, n1: n1, c: c, n2: n2),
                            pValue: Statistics.fisherExactTwoSided(a: a, b: n1 - a, c: c, d: n2 - c))
                    }
                    rows.append(OutcomeRow(factor: factor.name, band: factor.bands[band], horizonDays: horizon,
                                           eligible: n1, retained: a, referenceBand: factor.bands[0],
                                           versusReference: versus))
                }
            }
        }
        return rows
    }
}
