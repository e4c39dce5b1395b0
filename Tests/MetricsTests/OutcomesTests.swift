import OnboardingModel
import Testing
@testable import Metrics

/// outcomes.csv rows over hand-built accounts at S = 2025-06-30, with
/// horizons [30, 90] and TTV bands [5, 10] (bands 0-5, 6-10, 11+, none).
struct OutcomesTests {
    static let config: Config = {
        var config = Fixture.config
        config.outcomes.horizons = [30, 90]
        config.outcomes.ttvBands = [5, 10]
        return config
    }()

    static func rows(_ accounts: [OnboardedAccount], factor: String = "ttv", events: Bool = false,
                     surveys: Bool = false) -> [OutcomeRow] {
        let engine = MetricsEngine(config: config, hasEvents: events, hasSurveys: surveys)
        return engine.outcomeRows(engine.snapshots(of: accounts, at: Fixture.s), at: Fixture.s)
            .filter { $0.factor == factor }
    }

    /// A complete account whose first value came `ttv` days after close.
    static func reached(_ id: String, ttv: Int, closedDaysAgo: Int, churn: Int? = nil) -> OnboardedAccount {
        Fixture.account(id, closedDaysAgo: closedDaysAgo, steps: [.done(1), .done(ttv), .done(ttv + 1)], churn: churn)
    }

    @Test func bandNamesFollowTheConfiguredLimits() {
        #expect(OutcomeBands.ttv([30, 60]) == ["0-30", "31-60", "61+", "none"])
        #expect(OutcomeBands.ttv([14]) == ["0-14", "15+", "none"])
    }

    @Test func retentionPerBandAndHorizonByHand() {
        let accounts = [
            Self.reached("f1", ttv: 3, closedDaysAgo: 100),             // 0-5: eligible 30 and 90, retained both
            Self.reached("f2", ttv: 4, closedDaysAgo: 100, churn: 50),  // 0-5: retained at 30 (50 ≥ 30), not at 90
            Self.reached("f3", ttv: 5, closedDaysAgo: 40),              // 0-5 (5 is in it): eligible at 30 only
            Self.reached("m1", ttv: 6, closedDaysAgo: 95, churn: 30),   // 6-10: churned on close + 30: retained at 30
            Self.reached("s1", ttv: 11, closedDaysAgo: 29),             // 11+: 29 days, eligible nowhere: no row
            Fixture.account("n1", closedDaysAgo: 200, churn: 20),       // none: churned before close + 30
        ]
        let rows = Self.rows(accounts)
        #expect(rows.map { "\($0.band)/\($0.horizonDays)" } == ["0-5/30", "0-5/90", "6-10/30", "6-10/90", "none/30", "none/90"])
        #expect(rows.map(\.eligible) == [3, 2, 1, 1, 1, 1])
        #expect(rows.map(\.retained) == [3, 1, 1, 0, 0, 0])
        #expect(rows.allSatisfy { $0.referenceBand == "0-5" })
        // The reference band is not compared with itself.
        #expect(rows[0].versusReference == nil && rows[1].versusReference == nil)
        // 6-10 at 30: 1/1 against 3/3: ratio 1, Katz variance 1 − 1 + 1/3 − 1/3 = 0, so [1, 1];
        // Fisher: one table only has the observed probability, p = 1.
        let m30 = rows[2].versusReference
        #expect(m30?.ratio?.ratio == 1 && m30?.ratio?.low == 1 && m30?.ratio?.high == 1)
        #expect(m30?.pValue == 1)
        // 6-10 at 90: 0/1 against 1/2: ratio 0, no log interval.
        let m90 = rows[3].versusReference
        #expect(m90?.ratio?.ratio == 0 && m90?.ratio?.low == nil && m90?.ratio?.high == nil)
        // none at 30: 0/1 against 3/3. With the margins fixed a is 0 or 1: [[0,1],[3,0]] has
        // probability C(1,0)·C(3,3)/C(4,3) = 1/4, [[1,0],[2,1]] has C(1,1)·C(3,2)/4 = 3/4; p = 1/4.
        #expect(abs((rows[4].versusReference?.pValue ?? 0) - 0.25) < 1e-12)
    }

    @Test func rateOfZeroInTheReferenceBandLeavesNoRatio() {
        let accounts = [
            Self.reached("f1", ttv: 2, closedDaysAgo: 40, churn: 10),
            Self.reached("f2", ttv: 2, closedDaysAgo: 40, churn: 12),
            Self.reached("m1", ttv: 8, closedDaysAgo: 40),
        ]
        let rows = Self.rows(accounts)
        #expect(rows.map(\.band) == ["0-5", "6-10"])
        #expect(rows[0].retentionRate == .zero && rows[1].retentionRate == .one)
        #expect(rows[0].retentionInterval?.low == 0 && rows[1].retentionInterval?.high == 1)
        // Reference rate 0: no ratio at all; Fisher still tests the table ([[1,0],[0,2]]: p = 1/3).
        #expect(rows[1].versusReference?.ratio == nil)
        #expect(abs((rows[1].versusReference?.pValue ?? 0) - 1.0 / 3) < 1e-12)
    }

    @Test func allAccountsInOneBandGiveOnlyReferenceRows() {
        let accounts = (1...4).map { Self.reached("f\($0)", ttv: 1, closedDaysAgo: 100) }
        let rows = Self.rows(accounts)
        #expect(rows.map(\.horizonDays) == [30, 90])
        #expect(rows.allSatisfy { $0.band == "0-5" && $0.versusReference == nil && $0.retainedRate == .one })
    }

    @Test func noAccountOldEnoughGivesNoRows() {
        let rows = Self.rows([Self.reached("f1", ttv: 1, closedDaysAgo: 29)])
        #expect(rows.isEmpty)
    }

    @Test func factorsFollowTheInputsRead() {
        let accounts = [Fixture.account("a", closedDaysAgo: 100, firstEvent: 2, surveys: [(5, 9)])]
        let engine = MetricsEngine(config: Self.config, hasEvents: false, hasSurveys: false)
        let without = engine.outcomeRows(engine.snapshots(of: accounts, at: Fixture.s), at: Fixture.s)
        #expect(Set(without.map(\.factor)) == ["ttv", "completed_on_time", "handoff"])
        let full = MetricsEngine(config: Self.config, hasEvents: true, hasSurveys: true)
        let with = full.outcomeRows(full.snapshots(of: accounts, at: Fixture.s), at: Fixture.s)
        // Adoption too: no feature used by the end of the 30-day window, so the target was missed.
        #expect(with.map(\.factor).uniqued() == ["ttv", "completed_on_time", "handoff", "day7_engaged", "nps",
                                                 "adoption"])
    }

    @Test func adoptionBandsFromTheTargetMetOrMissed() {
        let accounts = [Fixture.account("a", closedDaysAgo: 100), Fixture.account("b", closedDaysAgo: 100),
                        Fixture.account("c", closedDaysAgo: 100)]
        var snapshots = MetricsEngine(config: Self.config, hasEvents: true, hasSurveys: false)
            .snapshots(of: accounts, at: Fixture.s).snapshots
        // Met, missed, and undecided (no band).
        snapshots[0].adoptionTargetMet = true
        snapshots[1].adoptionTargetMet = false
        snapshots[2].adoptionTargetMet = nil
        let atS = SnapshotAccounts(accounts: accounts, snapshots: snapshots)
        let engine = MetricsEngine(config: Self.config, hasEvents: true, hasSurveys: false)
        let rows = engine.outcomeRows(atS, at: Fixture.s).filter { $0.factor == "adoption" }
        #expect(rows.map { "\($0.band)/\($0.horizonDays)/\($0.eligible)" } == ["true/30/1", "true/90/1", "false/30/1",
                                                                            "false/90/1"])
        #expect(rows.first?.referenceBand == "true")
        // Without events the factor is not there at all.
        let without = MetricsEngine(config: Self.config, hasEvents: false, hasSurveys: false)
            .outcomeRows(atS, at: Fixture.s)
        #expect(!without.contains { $0.factor == "adoption" })
    }

    @Test func npsBandComesFromTheLatestResponseByS() {
        // Responses on close + 5 (score 9) and close + 50 (score 3): the later one decides, 0-6.
        // A response dated after S (close + 150 of an account closed 100 days ago) does not count.
        let accounts = [Fixture.account("a", closedDaysAgo: 100, surveys: [(5, 9), (50, 3), (150, 10)])]
        let rows = Self.rows(accounts, factor: "nps", surveys: true)
        #expect(rows.map(\.band) == ["0-6", "0-6"])
        #expect(rows.first?.referenceBand == "7+")
    }

    @Test func handoffBandsSplitAtMinScore() {
        // Weights goals 2, champion 0.5, sponsor 1 (3.5); min_score 0.8.
        // goals + sponsor = 3/3.5 = 0.857: complete; goals + champion = 2.5/3.5 = 0.714: incomplete.
        let accounts = [
            Fixture.account("a", closedDaysAgo: 40, handoff: [true, false, true]),
            Fixture.account("b", closedDaysAgo: 40, handoff: [true, true, false]),
        ]
        let rows = Self.rows(accounts, factor: "handoff")
        #expect(rows.map(\.band) == ["complete", "incomplete"])
        #expect(rows.map(\.eligible) == [1, 1])
    }
}

private extension OutcomeRow {
    var retainedRate: Rational? { retentionRate }
}

private extension Array where Element: Hashable {
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
