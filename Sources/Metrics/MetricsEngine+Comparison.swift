import OnboardingModel
import Statistics

extension MetricsEngine {
    /// comparison.csv rows (SPEC §5 "Pilot versus baseline"), one per metric in
    /// SPEC order; empty without `compare`.
    ///
    /// - Throws: `PipelineError(.data)` when the pilot or the baseline is
    ///   empty or they share an account.
    /// - Complexity: one pass over the snapshots, O(n log n) for the
    ///   Kaplan–Meier medians and the log-rank test.
    public func comparisonRows(_ accounts: SnapshotAccounts, at snapshot: Day) throws(PipelineError) -> [ComparisonRow] {
        guard let compare = config.compare else { return [] }
        let sides = try CompareCohorts(compare: compare, columns: config.compareColumns)
            .sides(accounts, snapshot: snapshot)
        let rules = GroupRules(config: config, hasEvents: hasEvents, hasSurveys: hasSurveys, at: snapshot)
        var pilot = ComparisonSide(), baseline = ComparisonSide()
        for (entry, side) in zip(accounts, sides) {
            switch side {
            case .pilot: pilot.add(entry, rules: rules)
            case .baseline: baseline.add(entry, rules: rules)
            case nil: continue
            }
        }
        let minimum = config.thresholds.minGroupSize
        func testable(_ n1: Int?, _ n2: Int?) -> Bool { (n1 ?? 0) >= minimum && (n2 ?? 0) >= minimum }

        var rows: [ComparisonRow] = []
        let ttvN1 = pilot.ttv.count, ttvN2 = baseline.ttv.count
        rows.append(ComparisonRow(
            metric: "ttv_km_median_days", kind: .days,
            pilot: KaplanMeier(pilot.ttv).median.map(Rational.init),
            baseline: KaplanMeier(baseline.ttv).median.map(Rational.init),
            pilotN: ttvN1, baselineN: ttvN2, test: "log_rank",
            pValue: testable(ttvN1, ttvN2) ? Statistics.logRankTest(pilot.ttv, baseline.ttv)?.pValue : nil))

        let p = pilot.group, b = baseline.group
        let rates: [(String, (GroupAccumulator) -> (hits: Int, n: Int)?)] = [
            ("ttv_within_target_rate", { ($0.ttvHits, $0.ttvEligible) }),
            ("completion_rate", { ($0.completionHits, $0.completionEligible) }),
            ("stall_rate", { ($0.stalled, $0.active) }),
            ("day7_engagement_rate", { [hasEvents] g in hasEvents ? (g.day7Hits, g.day7Eligible) : nil }),
            ("retention_90d_rate", { ($0.retained, $0.retentionEligible) }),
        ]
        for (metric, counts) in rates {
            let c1 = counts(p), c2 = counts(b)
            var pValue: Double?
            if let c1, let c2, testable(c1.n, c2.n) {
                pValue = Statistics.fisherExactTwoSided(a: c1.hits, b: c1.n - c1.hits, c: c2.hits, d: c2.n - c2.hits)
            }
            rows.append(ComparisonRow(
                metric: metric, kind: .rate, pilot: c1.flatMap { .ratio($0.hits, $0.n) },
                baseline: c2.flatMap { .ratio($0.hits, $0.n) }, pilotN: c1?.n, baselineN: c2?.n,
                test: "fisher_exact", pValue: pValue))
        }

        let pm = p.finish(rules: rules), bm = b.finish(rules: rules)
        rows.append(ComparisonRow(metric: "handoff_quality", kind: .score, pilot: pm.handoffQuality,
                                  baseline: bm.handoffQuality, pilotN: p.accounts, baselineN: b.accounts,
                                  test: "", pValue: nil))
        rows.append(ComparisonRow(metric: "onboarding_nps", kind: .nps, pilot: pm.onboardingNPS,
                                  baseline: bm.onboardingNPS, pilotN: hasSurveys ? p.responses : nil,
                                  baselineN: hasSurveys ? b.responses : nil, test: "", pValue: nil))
        return rows
    }
}

/// One side of the comparison: its group counts and its TTV observations.
private struct ComparisonSide {
    var group = GroupAccumulator()
    var ttv: [SurvivalObservation] = []

    mutating func add(_ entry: AccountAtSnapshot, rules: GroupRules) {
        group.add(entry, rules: rules)
        // ttv_survival.csv's rule: reached at TTV, else censored at net(close, S), or at
        // net(close, churn) when it churned by S without first value.
        ttv.append(SurvivalGrouping.observation(of: entry, at: rules.snapshot))
    }
}
