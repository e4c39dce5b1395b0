import OnboardingModel
@testable import Metrics

/// Tiny accounts and a small config for hand-computable metric tests.
///
/// Plan: kickoff, first_value, handoff. Segments (index: TTV target, window):
/// 0 `big` (10, 30), 1 `small` (7, 14), 2 `idle` (5, 20; never given accounts).
/// Handoff fields goals (weight 2), champion (0.5), sponsor (1): total 3.5.
enum Fixture {
    /// The snapshot day S of most tests: a month end, so it is also the
    /// snapshot of the June 2025 month window.
    static let s = Day(year: 2025, month: 6, day: 30)!

    static let config: Config = {
        var config = Config()
        config.milestones.order = ["kickoff", "first_value", "handoff"]
        config.milestones.firstValue = "first_value"
        config.segments = [
            Segment(name: "big", minACV: Rational(100), capacityPerCSM: Rational(10),
                    dueDays: ["kickoff": 5, "first_value": 10, "handoff": 30]),
            Segment(name: "small", minACV: Rational(10), capacityPerCSM: Rational(20),
                    dueDays: ["kickoff": 2, "first_value": 7, "handoff": 14]),
            Segment(name: "idle", minACV: Rational(0), capacityPerCSM: Rational(30),
                    dueDays: ["kickoff": 1, "first_value": 5, "handoff": 20]),
        ]
        config.handoff.fields = ["goals", "champion", "sponsor"]
        config.handoff.weights = ["goals": Rational(2), "champion": Rational(1, 2)]
        config.stall.days = 7
        return config
    }()

    static let big = 0, small = 1, idle = 2

    /// Days from the given close date to S, for `account(closedDaysAgo:)`.
    static func daysAgo(_ year: Int, _ month: Int, _ day: Int) -> Int {
        s - Day(year: year, month: month, day: day)!
    }

    /// One plan milestone as ingest would leave it; `done(k)` is achieved k days after close.
    enum Step {
        case done(Int), skipped, pending
    }

    /// An account closed `closedDaysAgo` days before `snapshot`.
    ///
    /// Every other date is given in days after close: milestone steps,
    /// `churn`, `firstEvent`, and survey responses as (days after close, score).
    static func account(_ id: String = "a", segment: Int = big, closedDaysAgo: Int, before snapshot: Day = s,
                        steps: [Step] = [.pending, .pending, .pending], churn: Int? = nil,
                        handoff: [Bool] = [true, true, true], firstEvent: Int? = nil,
                        surveys: [(Int, Int)] = []) -> OnboardedAccount {
        let close = snapshot - closedDaysAgo
        let milestones = steps.map { step -> MilestoneProgress in
            switch step {
            case .done(let k): MilestoneProgress(achievedDate: close + k)
            case .skipped: MilestoneProgress(skipped: true)
            case .pending: .pending
            }
        }
        return OnboardedAccount(
            accountID: id, dealID: "d-" + id, accountName: "Account " + id, segmentIndex: segment,
            closeDate: close, acvCents: 100_000, churnDate: churn.map { close + $0 },
            handoffPresent: handoff, milestones: PlanProgress(milestones),
            firstEventOnOrAfterClose: firstEvent.map { close + $0 },
            surveyResponses: surveys.map { SurveyResponse(respondedAt: close + $0.0, score: $0.1) })
    }

    static func engine(events: Bool = false, surveys: Bool = false) -> MetricsEngine {
        MetricsEngine(config: config, hasEvents: events, hasSurveys: surveys)
    }

    /// The single snapshot of one account at S.
    static func snapshot(_ account: OnboardedAccount, events: Bool = false) -> AccountSnapshot? {
        engine(events: events).snapshots(of: [account], at: s).snapshots.first
    }

    /// Group metrics of some accounts at S.
    static func metrics(_ accounts: [OnboardedAccount], events: Bool = false, surveys: Bool = false) -> GroupMetrics {
        let engine = engine(events: events, surveys: surveys)
        return engine.metrics(of: engine.snapshots(of: accounts, at: s), at: s)
    }
}
