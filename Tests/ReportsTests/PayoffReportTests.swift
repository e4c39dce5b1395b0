import Metrics
import OnboardingModel
import Statistics
import Testing
@testable import Reports

/// outcomes.csv and comparison.csv cells, and the summary's sentences on them.
struct PayoffReportTests {
    @Test(arguments: [
        (0.002134, "0.002134"), (1.0, "1"), (0.5, "0.5"), (0.48571428, "0.4857"), (0.10256410256, "0.1026"),
        (0.000012345, "1.234e-05"), (0.99996, "1"),
    ])
    func pValuesHaveFourSignificantDigits(_ p: Double, _ text: String) {
        #expect(StatisticFormat.pValue(p) == text)
    }

    @Test func outcomeRowCells() {
        // 3 of 4 retained against 1 of 4 in the reference band: ratio 3, Katz variance
        // 1/3 − 1/4 + 1 − 1/4 = 0.8333, exp(ln 3 ± 1.96·0.9129) = 0.5013 … 17.9545.
        let row = OutcomeRow(factor: "ttv", band: "61+", horizonDays: 365, eligible: 4, retained: 3,
                             referenceBand: "0-30",
                             versusReference: ReferenceComparison(
                                 ratio: Statistics.riskRatio(a: 3, n1: 4, c: 1, n2: 4),
                                 pValue: Statistics.fisherExactTwoSided(a: 3, b: 1, c: 1, d: 3)))
        let cells = OutcomesTable.row(row)
        #expect(OutcomesTable.header.count == cells.count)
        #expect(cells[0..<6] == ["ttv", "61+", "365", "4", "3", "0.7500"])
        #expect(cells[8] == "0-30" && cells[9] == "3.0000")
        #expect(cells[10] == "0.5013" && cells[11] == "17.9545")
        #expect(cells[12] == "0.4857")  // the tea-tasting table, 17/35
    }

    @Test func referenceRowLeavesTheComparisonEmpty() {
        let row = OutcomeRow(factor: "nps", band: "7+", horizonDays: 90, eligible: 2, retained: 2,
                             referenceBand: "7+", versusReference: nil)
        #expect(OutcomesTable.row(row)[5...] == ["1.0000", "0.3424", "1.0000", "7+", "", "", "", ""])
    }

    @Test func comparisonCellsByKind() {
        let rows = [
            ComparisonRow(metric: "ttv_km_median_days", kind: .days, pilot: Rational(12), baseline: Rational(20),
                          pilotN: 7, baselineN: 90, test: "log_rank", pValue: 0.0123456),
            ComparisonRow(metric: "stall_rate", kind: .rate, pilot: Rational(1, 3), baseline: Rational(1, 4),
                          pilotN: 3, baselineN: 40, test: "fisher_exact", pValue: nil),
            ComparisonRow(metric: "onboarding_nps", kind: .nps, pilot: nil, baseline: Rational(25),
                          pilotN: 0, baselineN: 8, test: "", pValue: nil),
        ]
        #expect(ComparisonTable.header == ["metric", "pilot", "baseline", "difference", "pilot_n", "baseline_n", "test",
                                           "p_value"])
        #expect(rows.map(ComparisonTable.row) == [
            ["ttv_km_median_days", "12.0", "20.0", "-8.0", "7", "90", "log_rank", "0.01235"],
            ["stall_rate", "0.3333", "0.2500", "0.0833", "3", "40", "fisher_exact", ""],
            ["onboarding_nps", "", "25.0", "", "0", "8", "", ""],
        ])
    }

    static func content(_ outcomes: [OutcomeRow], comparison: [ComparisonRow] = [],
                        compare: Config.CompareOptions? = nil) -> ReportContent {
        var content = Fixtures.content
        content.config.compare = compare
        content.payoff = PayoffViews(outcomes: outcomes, comparison: comparison)
        return content
    }

    /// A band's row; compared with `reference` (eligible, retained) as the metrics would.
    static func row(_ factor: String, _ band: String, _ n: Int, _ k: Int, horizon: Int = 365,
                    reference: (n: Int, k: Int)? = nil) -> OutcomeRow {
        let versus = reference.map { ref in
            ReferenceComparison(ratio: Statistics.riskRatio(a: k, n1: n, c: ref.k, n2: ref.n),
                                pValue: Statistics.fisherExactTwoSided(a: k, b: n - k, c: ref.k, d: ref.n - ref.k))
        }
        return OutcomeRow(factor: factor, band: band, horizonDays: horizon, eligible: n, retained: k,
                          referenceBand: "", versusReference: versus)
    }

    @Test func ttvSentenceQuotesTheRatioOfTheFastestToTheSlowestBand() {
        // 28/30 against 15/21: ratio (28/30)/(15/21) = 1.3067; scipy: relative_risk interval
        // 0.9808–1.7409, fisher_exact([[28, 2], [15, 6]]) p = 0.05206.
        let text = OutcomesSection.markdown(Self.content([
            Self.row("ttv", "0-30", 30, 28, horizon: 90), Self.row("ttv", "0-30", 30, 28),
            Self.row("ttv", "61+", 21, 15, reference: (30, 28)),
            Self.row("ttv", "61+", 3, 3, horizon: 90, reference: (30, 28)),
        ]))
        #expect(text.contains("Accounts that reached first value within 30 days: 93% retained at 365 days (n = 30); "
                              + "in 61+ days: 71% (n = 21); ratio 1.31 (0.98–1.74), p = 0.052."))
        #expect(!text.contains("cause "))
        #expect(text.contains("not proof of cause"))
        #expect(text.contains("No account is old enough yet to compare retention by on-time completion."))
    }

    @Test func tooFewAccountsSaySo() {
        let text = OutcomesSection.markdown(Self.content([
            Self.row("completed_on_time", "true", 12, 11),
            Self.row("completed_on_time", "false", 4, 2, reference: (12, 11)),
        ]))
        #expect(text.contains("Onboardings completed within their window: 92% retained at 365 days (n = 12); "
                              + "not completed on time: 50% (n = 4): too few accounts to tell (each group needs 5)."))
        #expect(!text.contains("ratio"))
    }

    @Test func shownPValues() {
        #expect(OutcomesSection.shownP(0.002134) == "p = 0.002")
        #expect(OutcomesSection.shownP(0.0004) == "p < 0.001")
        #expect(OutcomesSection.shownP(1) == "p = 1")
        #expect(OutcomesSection.shownP(0.25) == "p = 0.25")
    }

    @Test func pilotSectionIsNamedAfterCompareAndReadsTheTTVRow() {
        let ttv = ComparisonRow(metric: "ttv_km_median_days", kind: .days, pilot: Rational(12), baseline: Rational(20),
                                pilotN: 4, baselineN: 90, test: "log_rank", pValue: nil)
        let compare = Config.CompareOptions(name: "New *playbook*", pilot: .column(name: "track", values: ["pilot"]))
        let text = ComparisonSection.markdown(Self.content([], comparison: [ttv], compare: compare))
        #expect(text.hasPrefix("## Pilot vs baseline: New \\*playbook\\*\n"))
        #expect(text.contains("| Median TTV (Kaplan–Meier), days |"))
        let rate = ComparisonRow(metric: "stall_rate", kind: .rate, pilot: Rational(1, 4), baseline: Rational(1, 2),
                                 pilotN: 4, baselineN: 10, test: "fisher_exact", pValue: nil)
        let rates = ComparisonSection.markdown(Self.content([], comparison: [ttv, rate], compare: compare))
        #expect(rates.contains("| Stall rate                      | 25.0% |    50.0% |  -25.0 pts |"))
        #expect(text.contains("Median TTV 12.0 days in the pilot against 20.0 days in the baseline: too few pilot "
                              + "accounts to test yet (each side needs 5)"))
        #expect(ComparisonSection.markdown(Self.content([])) == "")
    }

    @Test func interpretationNeverSaysCauses() {
        for p in [0.001, 0.2] {
            let row = ComparisonRow(metric: "ttv_km_median_days", kind: .days, pilot: nil, baseline: Rational(20),
                                    pilotN: 9, baselineN: 90, test: "log_rank", pValue: p)
            let line = ComparisonSection.interpretation([row], minimum: 5)
            #expect(line.hasPrefix("Median TTV not reached yet in the pilot against 20.0 days in the baseline (log-rank p = "))
            #expect(!line.contains("cause"))
        }
    }
}
