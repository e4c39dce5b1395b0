import OnboardingModel
import Testing
@testable import Metrics

/// comparison.csv rows over hand-built accounts at S = 2025-06-30
/// (segment `big`: TTV target 10, window 30; min_group_size 2 unless said).
struct ComparisonTests {
    static func config(_ compare: Config.CompareOptions, minGroupSize: Int = 2) -> Config {
        var config = Fixture.config
        config.compare = compare
        config.thresholds.minGroupSize = minGroupSize
        return config
    }

    static func rows(_ accounts: [OnboardedAccount], _ config: Config) throws(PipelineError) -> [ComparisonRow] {
        let engine = MetricsEngine(config: config, hasEvents: false, hasSurveys: false)
        return try engine.comparisonRows(engine.snapshots(of: accounts, at: Fixture.s), at: Fixture.s)
    }

    static func reached(_ id: String, ttv: Int, closedDaysAgo: Int = 100) -> OnboardedAccount {
        Fixture.account(id, closedDaysAgo: closedDaysAgo, steps: [.done(1), .done(ttv), .done(ttv + 1)])
    }

    /// Pilot p1–p3, baseline b1–b3.
    static let accounts = [
        reached("b1", ttv: 9), reached("b2", ttv: 20), Fixture.account("b3", closedDaysAgo: 100, churn: 40),
        reached("p1", ttv: 4), reached("p2", ttv: 6), Fixture.account("p3", closedDaysAgo: 8),
    ]

    @Test func rowsByHandWithThePilotPickedById() throws {
        let rows = try Self.rows(Self.accounts, Self.config(.init(name: "P", pilot: .accounts(["p1", "p2", "p3"]))))
        #expect(rows.map(\.metric) == ["ttv_km_median_days", "ttv_within_target_rate", "completion_rate", "stall_rate",
                                       "day7_engagement_rate", "retention_90d_rate", "handoff_quality", "onboarding_nps"])
        // KM, pilot: 4 (reached), 6 (reached), 8 (censored): Ŝ(4) = 2/3, Ŝ(6) = 2/3·1/2 = 1/3 ≤ 0.5: median 6.
        // Baseline: 9, 20 reached, 40 censored (churned): Ŝ(9) = 2/3, Ŝ(20) = 1/3: median 20.
        let ttv = rows[0]
        #expect(ttv.pilot == Rational(6) && ttv.baseline == Rational(20) && ttv.difference == Rational(-14))
        #expect(ttv.pilotN == 3 && ttv.baselineN == 3 && ttv.test == "log_rank" && ttv.pValue != nil)
        // Within target (10): pilot eligible p1, p2 (p3 is 8 days old): 2/2; baseline 1/3 (b1).
        #expect(rows[1].pilot == .one && rows[1].baseline == Rational(1, 3))
        #expect(rows[1].pilotN == 2 && rows[1].baselineN == 3)
        // Fisher [[2,0],[1,2]]: a ∈ [0, 2]; P(2) = C(2,2)·C(3,1)/C(5,3) = 3/10, P(1) = 6/10, P(0) = 1/10: p = 0.4.
        #expect(abs((rows[1].pValue ?? 0) - 0.4) < 1e-12)
        // Day-7 engagement without events: no values, no counts, no test.
        #expect(rows[4].pilot == nil && rows[4].pilotN == nil && rows[4].pValue == nil)
        // Handoff quality and NPS: values only.
        #expect(rows[6].test == "" && rows[6].pValue == nil && rows[6].pilot == .one)
        #expect(rows[7].pilotN == nil && rows[7].pilot == nil)
    }

    @Test func noTestWhenASideIsUnderMinGroupSize() throws {
        // min_group_size 3: within-target has 2 eligible pilot accounts, the KM row 3 on each side.
        let rows = try Self.rows(Self.accounts, Self.config(.init(name: "P", pilot: .accounts(["p1", "p2", "p3"])),
                                                            minGroupSize: 3))
        #expect(rows[0].pValue != nil)
        #expect(rows[1].pValue == nil && rows[1].pilot == .one)
    }

    @Test func pilotByColumnValueAndBaselineByCloseDate() throws {
        var accounts = Self.accounts
        for i in accounts.indices { accounts[i].compareValues = [accounts[i].accountID.hasPrefix("p") ? "pilot" : "standard"] }
        accounts[0].compareValues = [""]
        let rows = try Self.rows(accounts, Self.config(.init(name: "P", pilot: .column(name: "track", values: ["pilot"]))))
        #expect(rows[0].pilotN == 3 && rows[0].baselineN == 3)
        // Baseline closed from S − 100: every b account (and every pilot, so they overlap).
        let overlapping = Self.config(.init(name: "P", pilot: .column(name: "track", values: ["pilot"]),
                                            baseline: .closedFrom(Fixture.s - 100)))
        #expect(throws: PipelineError.self) { try Self.rows(accounts, overlapping) }
    }

    @Test func emptyPilotStopsTheRunNamingTheValuesFound() {
        var accounts = Self.accounts
        for i in accounts.indices { accounts[i].compareValues = ["standard"] }
        let config = Self.config(.init(name: "P", pilot: .column(name: "track", values: ["pilot"])))
        do {
            _ = try Self.rows(accounts, config)
            Issue.record("an empty pilot must throw")
        } catch {
            #expect(error.kind == .data)
            #expect(error.message.contains("compare.pilot (track in [pilot]) picks no account"))
            #expect(error.message.contains("the values of track in deals.csv are standard"))
        }
    }

    @Test func overlapNamesBothSelectorsAndTheFirstAccount() {
        let config = Self.config(.init(name: "P", pilot: .accounts(["p1", "b1"]), baseline: .closedFrom(Fixture.s - 100)))
        do {
            _ = try Self.rows(Self.accounts, config)
            Issue.record("an overlap must throw")
        } catch {
            #expect(error.kind == .data)
            #expect(error.message.contains("2 account(s) are picked by both compare.pilot"))
            #expect(error.message.contains("\"b1\""))
        }
    }

    @Test func idsThatAreNoOnboardedAccountAreNamed() throws {
        let config = Self.config(.init(name: "P", pilot: .accounts(["p1", "p2", "p3", "p9", "zz"])))
        let engine = MetricsEngine(config: config, hasEvents: false, hasSurveys: false)
        let views = try engine.payoffViews(engine.snapshots(of: Self.accounts, at: Fixture.s), at: Fixture.s)
        #expect(views.comparisonNotes == ["2 of the 5 ids in compare.pilot.accounts are not onboarded accounts closed "
                                          + "by 2025-06-30 (first \"p9\"); they are left out."])
        #expect(views.comparison.first?.pilotN == 3)
    }

    @Test func emptyBaselineStopsTheRun() {
        let ids = Self.accounts.map(\.accountID)
        #expect(throws: PipelineError.self) {
            try Self.rows(Self.accounts, Self.config(.init(name: "P", pilot: .accounts(ids))))
        }
    }
}
