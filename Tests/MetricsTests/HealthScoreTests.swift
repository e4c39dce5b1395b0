import OnboardingModel
@testable import Metrics
import Testing

/// Health scores computed by hand (SPEC §5), on `Fixture`'s config: weights
/// progress 0.35, recency 0.20, engagement 0.20, adoption 0.15, handoff 0.10;
/// active_days 5; adoption target 3; stall.critical_days 14; bands 70 / 40.
/// S = 2025-06-30.
@Suite struct HealthScoreTests {
    private func usage(activeDays: [Day] = [], featureOffsets: [Int] = []) -> AccountUsage {
        var recent = RecentActiveDays()
        for d in activeDays { recent.record(d) }
        return AccountUsage(recentDays: recent, features: FeatureFirstUse(offsets: featureOffsets))
    }

    private func assess(_ account: OnboardedAccount, events: Bool, config: Config = Fixture.config)
        -> (score: Int?, band: HealthBand?, drivers: String) {
        let s = MetricsEngine(config: config, hasEvents: events, hasSurveys: false)
            .snapshots(of: [account], at: Fixture.s).snapshots[0]
        let health = HealthScoring(config: config)
        return (s.healthScore, s.healthScore.map(health.band), s.healthScore == nil ? "" : health.drivers(health.components(s)).description)
    }

    @Test func everyComponentByHandWithEvents() {
        // big, closed 06-10 (20 days before S). kickoff done on close + 3, first_value and handoff pending.
        // progress: due days 5 and 10 are ≤ 20, 30 is not: 2 due, 1 satisfied → 1/2.
        // recency: last progress 06-13, 17 days ago, capped at 14 → 1 − 14/14 = 0.
        // engagement: active days in 06-17…06-30 are 06-17, 06-20, 06-25 (06-16 is S − 14) → 3/5.
        // adoption: features first used on close + 1 and + 5 → 2/3.
        // handoff: goals (2) and sponsor (1) of 3.5 → 6/7.
        // 100 × (0.35·0.5 + 0.2·0 + 0.2·0.6 + 0.15·2/3 + 0.1·6/7) ÷ 1 = 48.07… → 48, amber.
        var a = Fixture.account(closedDaysAgo: 20, steps: [.done(3), .pending, .pending], handoff: [true, false, true])
        a.usage = usage(activeDays: ["2025-06-16", "2025-06-17", "2025-06-20", "2025-06-25", "2025-06-25"].map { Day(iso: $0)! },
                        featureOffsets: [1, 5])
        let r = assess(a, events: true)
        #expect(r.score == 48)
        #expect(r.band == .amber)
        #expect(r.drivers == "recency 0.00; progress 0.50")
    }

    @Test func withoutEventsEngagementAndAdoptionDropOut() {
        // small (due 2, 7, 14), closed 06-20 (10 days before S); kickoff on close + 1, first_value on close + 6.
        // progress: 2 due (2, 7 ≤ 10), 2 satisfied → 1. recency: 4 days since progress → 1 − 4/14 = 5/7.
        // handoff: all fields → 1. Weights left: 0.35 + 0.20 + 0.10 = 0.65.
        // 100 × (0.35·1 + 0.2·5/7 + 0.1·1) ÷ 0.65 = 100 × 0.592857… ÷ 0.65 = 91.21… → 91, green.
        let a = Fixture.account(segment: Fixture.small, closedDaysAgo: 10, steps: [.done(1), .done(6), .pending])
        let r = assess(a, events: false)
        #expect(r.score == 91)
        #expect(r.band == .green)
        // progress and handoff tie at 1.00: component order keeps progress.
        #expect(r.drivers == "recency 0.71; progress 1.00")
    }

    @Test func accountWithoutAnyUsageWhenEventsWereRead() {
        // big, closed 05-21 (40 days). kickoff skipped, first_value on close + 12, handoff pending.
        // progress: all 3 due (5, 10, 30 ≤ 40); satisfied: skipped kickoff + first_value = 2 → 2/3.
        // recency: 28 days since 06-02 → 0. engagement 0/5 = 0. adoption 0/3 = 0.
        // handoff: champion only, 0.5 of 3.5 → 1/7.
        // 100 × (0.35·2/3 + 0.1·1/7) ÷ 1 = 23.33… + 1.43… = 24.76… → 25, red.
        let a = Fixture.account(closedDaysAgo: 40, steps: [.skipped, .done(12), .pending], handoff: [false, true, false])
        let r = assess(a, events: true)
        #expect(r.score == 25)
        #expect(r.band == .red)
        // Three components at 0: the first two in component order.
        #expect(r.drivers == "recency 0.00; engagement 0.00")
    }

    @Test func scoreRoundsHalfUp() {
        // Only progress and recency weigh (0.5 each); critical_days 8. big, closed 6 days ago, nothing done:
        // progress 0/1 (kickoff due on day 5), recency 1 − 6/8 = 0.25 → 100 × 0.125 = 12.5 → 13.
        var config = Fixture.config
        config.stall.criticalDays = 8
        config.health.weights.progress = Rational(1, 2)
        config.health.weights.recency = Rational(1, 2)
        config.health.weights.engagement = .zero
        config.health.weights.adoption = .zero
        config.health.weights.handoff = .zero
        let r = assess(Fixture.account(closedDaysAgo: 6), events: false, config: config)
        #expect(r.score == 13)
        // handoff (1.00) has data but weighs 0: it is no driver.
        #expect(r.drivers == "progress 0.00; recency 0.25")
    }

    @Test func nothingDueYetIsFullProgress() {
        // big, closed today: no due day ≤ 0, so progress 1; recency 1; handoff 1 → 100.
        #expect(assess(Fixture.account(closedDaysAgo: 0), events: false).score == 100)
    }

    @Test func eventsAfterTheSnapshotDoNotCount() {
        // big, closed 06-20 (10 days before S). Usage on 07-01 and 07-02 and a feature first used on
        // close + 11 (07-01), a first value from events on 07-01: none of it has happened at S.
        var a = Fixture.account(closedDaysAgo: 10, steps: [.done(2), .done(11), .pending])
        a.usage = usage(activeDays: [Day(iso: "2025-06-25")!, Day(iso: "2025-07-01")!, Day(iso: "2025-07-02")!],
                        featureOffsets: [3, 11])
        let s = Fixture.snapshot(a, events: true)!
        #expect(s.recentActiveDays == 1)
        #expect(s.featuresAdopted == 1)
        #expect(s.firstValueDate == nil)
        // The same account a day later sees 07-01.
        let later = MetricsEngine(config: Fixture.config, hasEvents: true, hasSurveys: false)
            .snapshots(of: [a], at: Fixture.s + 1).snapshots[0]
        #expect((later.recentActiveDays, later.featuresAdopted, later.firstValueDate) == (2, 2, Fixture.s + 1))
    }

    @Test func completeAndChurnedAccountsHaveNoScore() {
        let complete = Fixture.account(closedDaysAgo: 40, steps: [.done(1), .done(5), .done(20)])
        let churned = Fixture.account(closedDaysAgo: 40, churn: 30)
        #expect(assess(complete, events: true).score == nil)
        #expect(assess(churned, events: true).score == nil)
    }

    @Test(arguments: [(39, HealthBand.red), (40, .amber), (69, .amber), (70, .green), (100, .green), (0, .red)])
    func bandsAtTheirThresholds(_ score: Int, _ band: HealthBand) {
        #expect(HealthBand(score: score, options: Config.HealthOptions()) == band)
    }
}

/// Adoption breadth (SPEC §5): features first used in [close, close + window]
/// and ≤ S; `big` has window 30, the target is 3.
@Suite struct AdoptionTests {
    private func snapshot(closedDaysAgo: Int, offsets: [Int], events: Bool = true) -> AccountSnapshot {
        var a = Fixture.account(closedDaysAgo: closedDaysAgo)
        a.usage.features = FeatureFirstUse(offsets: offsets)
        return Fixture.snapshot(a, events: events)!
    }

    @Test(arguments: [
        // 2 features: undecided until the window has passed (days(close, S) ≥ 30), then false.
        (29, [1, 2], 2, nil), (30, [1, 2], 2, false),
        // The 3rd feature on close + 25: met from that day on, before the window ends.
        (24, [1, 2, 25], 2, nil), (25, [1, 2, 25], 3, true),
        // A 3rd feature on the window's last day (close + 30) still meets it.
        (30, [1, 2, 30], 3, true),
        // One on close + 31 is after the window: not adopted, however late S is.
        (40, [1, 2, 31], 2, false),
    ] as [(Int, [Int], Int, Bool?)])
    func targetMetOnceReachedFalseOnceTheWindowPassed(_ days: Int, _ offsets: [Int], _ adopted: Int, _ met: Bool?) {
        let s = snapshot(closedDaysAgo: days, offsets: offsets)
        #expect(s.featuresAdopted == adopted)
        #expect(s.adoptionTargetMet == met)
    }

    @Test func withoutEventsAdoptionIsEmpty() {
        let s = snapshot(closedDaysAgo: 40, offsets: [], events: false)
        #expect(s.featuresAdopted == nil)
        #expect(s.adoptionTargetMet == nil)
        #expect(Fixture.metrics([Fixture.account(closedDaysAgo: 40)]).adoptionRate == nil)
    }

    @Test func adoptionRateIsMetOverDecided() {
        // met (3 features), not met (window passed with 1), undecided (young, 1 feature): 1 ÷ 2.
        var met = Fixture.account("m", closedDaysAgo: 40)
        met.usage.features = FeatureFirstUse(offsets: [0, 1, 2])
        var missed = Fixture.account("x", closedDaysAgo: 40)
        missed.usage.features = FeatureFirstUse(offsets: [3])
        var young = Fixture.account("y", closedDaysAgo: 5)
        young.usage.features = FeatureFirstUse(offsets: [3])
        #expect(Fixture.metrics([met, missed, young], events: true).adoptionRate == Rational(1, 2))
        #expect(Fixture.metrics([young], events: true).adoptionRate == nil)
    }

    @Test("drivers: the two lowest components, ties in component order, as a stable sort ranks them")
    func driversMatchAStableSort() {
        let health = HealthScoring(config: Fixture.config)
        // Few distinct values, so ties and missing components are common.
        let values: [Rational?] = [nil, .zero, Rational(1, 2), Rational(1, 2), .one]
        var state: UInt64 = 7
        func next() -> Rational? {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return values[Int(state >> 33) % values.count]
        }
        for _ in 0..<2_000 {
            let c = HealthComponents(progress: next() ?? .one, recency: next() ?? .zero, engagement: next(),
                                     adoption: next(), handoff: next())
            // The reference: every component with data, stably sorted by value, the first two.
            let ranked = HealthComponents.Kind.allCases.compactMap { kind in c[kind].map { (kind, $0) } }
                .enumerated().sorted { a, b in
                    a.element.1 != b.element.1 ? a.element.1 < b.element.1 : a.offset < b.offset
                }.prefix(2)
            let expected = ranked.map { "\($0.element.0.rawValue) \($0.element.1.formatted(places: 2))" }
                .joined(separator: "; ")
            #expect(health.drivers(c).description == expected)
        }
        // By hand: all equal keeps the first two in component order.
        let equal = HealthComponents(progress: .one, recency: .one, engagement: .one, adoption: .one, handoff: .one)
        #expect(health.drivers(equal) == "progress 1.00; recency 1.00")
    }
}
