import OnboardingModel
import Testing
@testable import Metrics

/// Per-account fields at snapshot S = 2025-06-30 (segment `big`: TTV target 10, window 30).
struct AccountSnapshotTests {
    @Test func accountsClosedAfterSnapshotGetNoSnapshotAndIndicesPointBack() {
        let accounts = [
            Fixture.account("tomorrow", closedDaysAgo: -1),   // closes 2025-07-01 > S
            Fixture.account("today", closedDaysAgo: 0),
            Fixture.account("earlier", closedDaysAgo: 12),
        ]
        let snapshots = Fixture.engine().snapshots(of: accounts, at: Fixture.s).snapshots
        #expect(snapshots.map(\.accountIndex) == [1, 2])
        #expect(snapshots.map(\.daysSinceClose) == [0, 12])
    }

    @Test func snapshotsComputedInPartsLandInAccountOrder() {
        // 103 accounts over the four parts the engine computes side by side;
        // every third closes after S and gets no snapshot, so parts hold
        // different counts and each must start where the previous one ends.
        let accounts = (0..<103).map { i in
            Fixture.account("A\(i)", closedDaysAgo: i % 3 == 0 ? -1 : i % 40,
                            steps: i % 2 == 0 ? [.done(1), .pending, .pending] : [.pending, .pending, .pending])
        }
        let snapshots = Fixture.engine().snapshots(of: accounts, at: Fixture.s).snapshots
        let expected = accounts.indices.filter { $0 % 3 != 0 }
        #expect(snapshots.map(\.accountIndex) == expected)
        var one = AccountSnapshotter(config: Fixture.engine().config, hasEvents: false, at: Fixture.s)
        for s in snapshots { #expect(s == one.snapshot(of: accounts, at: s.accountIndex)) }
    }

    @Test func activeAccountInProgress() throws {
        // Closed 2025-06-10 (20 days before S); kickoff done on close+3 = 06-13.
        let s = try #require(Fixture.snapshot(Fixture.account(closedDaysAgo: 20, steps: [.done(3), .pending, .pending])))
        #expect(s.cohort == "2025-06")
        #expect(s.segmentIndex == Fixture.big)
        #expect(s.status == .active)
        #expect(s.currentMilestone == 1)                       // first_value: neither achieved nor skipped
        #expect(s.achievedCount == 1)
        #expect(s.lastProgress == Day(year: 2025, month: 6, day: 13)!)
        #expect(s.daysSinceProgress == 17)                     // 06-30 − 06-13
        #expect(s.stalled)                                     // 17 ≥ 7
        #expect(s.firstValueDate == nil)
        #expect(s.ttvDays == nil)
        #expect(s.completionDate == nil)
        #expect(s.completedOnTime == nil)                      // 20 days since close < window 30
        #expect(s.churnDate == nil)
    }

    @Test func milestonesDatedAfterSnapshotAreIgnored() throws {
        // Closed 5 days before S: kickoff at +3 (≤ S), first value at +8 and handoff at +9 (after S).
        let s = try #require(Fixture.snapshot(Fixture.account(closedDaysAgo: 5,
                                                               steps: [.done(3), .done(8), .done(9)])))
        #expect(s.status == .active)
        #expect(s.achievedCount == 1)
        #expect(s.currentMilestone == 1)
        #expect(s.firstValueDate == nil)
        #expect(s.ttvDays == nil)
        #expect(s.completionDate == nil)
        #expect(s.lastProgress == Fixture.s - 2)               // close + 3
        #expect(s.daysSinceProgress == 2)
    }

    @Test func completeAccountOnTime() throws {
        // Closed 40 days before S; kickoff +2, first value +6, handoff +12.
        let account = Fixture.account(closedDaysAgo: 40, steps: [.done(2), .done(6), .done(12)])
        let s = try #require(Fixture.snapshot(account))
        #expect(s.status == .complete)
        #expect(s.completionDate == account.closeDate + 12)    // latest achieved date
        #expect(s.firstValueDate == account.closeDate + 6)
        #expect(s.ttvDays == 6)
        #expect(s.completedOnTime == true)                     // 12 ≤ 30
        #expect(s.currentMilestone == nil)
        #expect(s.achievedCount == 3)
        #expect(s.daysSinceProgress == 28)                     // 40 − 12
        #expect(!s.stalled)                                    // only active accounts stall
    }

    @Test func skippedFirstValueGivesNoTTVButSatisfiesCompletion() throws {
        // Kickoff +1, first value skipped, handoff +4: complete at close+4 without a TTV.
        let account = Fixture.account(closedDaysAgo: 10, steps: [.done(1), .skipped, .done(4)])
        let s = try #require(Fixture.snapshot(account))
        #expect(s.status == .complete)
        #expect(s.completionDate == account.closeDate + 4)
        #expect(s.firstValueDate == nil)
        #expect(s.ttvDays == nil)
        #expect(s.achievedCount == 2)                          // the skipped one is not counted
    }

    @Test func skippedMilestoneIsNotTheCurrentOne() throws {
        // Kickoff skipped, nothing else: current milestone is first_value (index 1).
        let s = try #require(Fixture.snapshot(Fixture.account(closedDaysAgo: 3, steps: [.skipped, .pending, .pending])))
        #expect(s.status == .active)
        #expect(s.currentMilestone == 1)
        #expect(s.lastProgress == Fixture.s - 3)               // close date: nothing achieved
        #expect(s.daysSinceProgress == 3)
    }

    @Test func allMilestonesSkippedCompletesOnCloseDate() throws {
        let account = Fixture.account(closedDaysAgo: 50, steps: [.skipped, .skipped, .skipped])
        let s = try #require(Fixture.snapshot(account))
        #expect(s.status == .complete)
        #expect(s.completionDate == account.closeDate)
        #expect(s.completedOnTime == true)                     // 0 ≤ 30
        #expect(s.achievedCount == 0)
        #expect(s.lastProgress == account.closeDate)
    }

    struct ChurnCase: CustomTestStringConvertible, Sendable {
        let testDescription: String
        let steps: [Fixture.Step]
        let churn: Int
        let status: OnboardingStatus
        let keepsChurnDate: Bool
    }

    // Closed 60 days before S, so churn at +61 is after S.
    @Test(arguments: [
        ChurnCase(testDescription: "churn before completion, incomplete", steps: [.done(1), .pending, .pending],
                  churn: 20, status: .churned, keepsChurnDate: true),
        ChurnCase(testDescription: "churn after completion stays complete", steps: [.done(1), .done(2), .done(3)],
                  churn: 20, status: .complete, keepsChurnDate: true),
        ChurnCase(testDescription: "churn before a later completion stays complete",
                  steps: [.done(1), .done(2), .done(30)], churn: 20, status: .complete, keepsChurnDate: true),
        ChurnCase(testDescription: "churn after S has not happened", steps: [.done(1), .pending, .pending],
                  churn: 61, status: .active, keepsChurnDate: false),
        ChurnCase(testDescription: "churn on S counts", steps: [.pending, .pending, .pending],
                  churn: 60, status: .churned, keepsChurnDate: true),
    ])
    func churn(_ c: ChurnCase) throws {
        let account = Fixture.account(closedDaysAgo: 60, steps: c.steps, churn: c.churn)
        let s = try #require(Fixture.snapshot(account))
        #expect(s.status == c.status)
        #expect(s.churnDate == (c.keepsChurnDate ? account.churnDate : nil))
        #expect(s.currentMilestone == (c.status == .active ? 1 : nil))
        #expect(s.stalled == (c.status == .active))            // 59 days since kickoff ≥ 7, but only if active
    }

    @Test(arguments: [(6, false), (7, true), (8, true)])
    func stallBoundary(daysSinceProgress: Int, stalled: Bool) throws {
        // Closed 20 days ago; kickoff achieved (20 − daysSinceProgress) days after close.
        let account = Fixture.account(closedDaysAgo: 20, steps: [.done(20 - daysSinceProgress), .pending, .pending])
        let s = try #require(Fixture.snapshot(account))
        #expect(s.daysSinceProgress == daysSinceProgress)
        #expect(s.stalled == stalled)                          // stall.days = 7
    }

    struct OnTimeCase: CustomTestStringConvertible, Sendable {
        let testDescription: String
        let closedDaysAgo: Int
        let steps: [Fixture.Step]
        let expected: Bool?
    }

    // Segment big: window 30.
    @Test(arguments: [
        OnTimeCase(testDescription: "incomplete, 29 days in: not yet judged", closedDaysAgo: 29,
                   steps: [.done(1), .pending, .pending], expected: nil),
        OnTimeCase(testDescription: "incomplete, 30 days in: past window", closedDaysAgo: 30,
                   steps: [.done(1), .pending, .pending], expected: false),
        OnTimeCase(testDescription: "complete on day 30", closedDaysAgo: 40,
                   steps: [.done(1), .done(2), .done(30)], expected: true),
        OnTimeCase(testDescription: "complete on day 31", closedDaysAgo: 40,
                   steps: [.done(1), .done(2), .done(31)], expected: false),
        OnTimeCase(testDescription: "complete early, window not over", closedDaysAgo: 5,
                   steps: [.done(1), .done(2), .done(3)], expected: true),
        OnTimeCase(testDescription: "incomplete, completion after S", closedDaysAgo: 20,
                   steps: [.done(1), .done(2), .done(25)], expected: nil),
    ])
    func completedOnTime(_ c: OnTimeCase) throws {
        let s = try #require(Fixture.snapshot(Fixture.account(closedDaysAgo: c.closedDaysAgo, steps: c.steps)))
        #expect(s.completedOnTime == c.expected)
    }

    @Test func completedOnTimeUsesTheAccountsSegmentWindow() throws {
        // Segment small has window 14: completing on day 20 is late there, on time in big (30).
        let small = try #require(Fixture.snapshot(Fixture.account(segment: Fixture.small, closedDaysAgo: 40,
                                                                   steps: [.done(1), .done(2), .done(20)])))
        #expect(small.completedOnTime == false)
        let big = try #require(Fixture.snapshot(Fixture.account(segment: Fixture.big, closedDaysAgo: 40,
                                                                 steps: [.done(1), .done(2), .done(20)])))
        #expect(big.completedOnTime == true)
    }

    struct Day7Case: CustomTestStringConvertible, Sendable {
        let testDescription: String
        let events: Bool
        let closedDaysAgo: Int
        let firstEvent: Int?
        let expected: Bool?
    }

    @Test(arguments: [
        Day7Case(testDescription: "no events file", events: false, closedDaysAgo: 30, firstEvent: 0, expected: nil),
        Day7Case(testDescription: "6 days in: too early", events: true, closedDaysAgo: 6, firstEvent: 0,
                 expected: nil),
        Day7Case(testDescription: "event on close day", events: true, closedDaysAgo: 7, firstEvent: 0,
                 expected: true),
        Day7Case(testDescription: "event on close+6", events: true, closedDaysAgo: 7, firstEvent: 6, expected: true),
        Day7Case(testDescription: "event on close+7", events: true, closedDaysAgo: 30, firstEvent: 7,
                 expected: false),
        Day7Case(testDescription: "no event at all", events: true, closedDaysAgo: 30, firstEvent: nil,
                 expected: false),
    ])
    func day7Engaged(_ c: Day7Case) throws {
        let account = Fixture.account(closedDaysAgo: c.closedDaysAgo, firstEvent: c.firstEvent)
        let s = try #require(Fixture.snapshot(account, events: c.events))
        #expect(s.day7Engaged == c.expected)
    }

    struct HandoffCase: CustomTestStringConvertible, Sendable {
        let testDescription: String
        let present: [Bool]
        let score: Rational
        let missing: [String]
    }

    // Weights goals 2, champion 0.5, sponsor 1: total 3.5.
    @Test(arguments: [
        HandoffCase(testDescription: "all present", present: [true, true, true], score: .one, missing: []),
        HandoffCase(testDescription: "goals missing", present: [false, true, true],
                    score: Rational(3, 7), missing: ["goals"]),                // 1.5 / 3.5
        HandoffCase(testDescription: "only champion", present: [false, true, false],
                    score: Rational(1, 7), missing: ["goals", "sponsor"]),     // 0.5 / 3.5
        HandoffCase(testDescription: "none present", present: [false, false, false],
                    score: .zero, missing: ["goals", "champion", "sponsor"]),
    ])
    func handoff(_ c: HandoffCase) throws {
        let s = try #require(Fixture.snapshot(Fixture.account(closedDaysAgo: 3, handoff: c.present)))
        #expect(s.handoffScore == c.score)
        #expect(s.missingHandoffFields == c.missing)
    }

    @Test func defaultConfigPlanAndHandoffWeights() throws {
        // Default plan: kickoff, setup, training, first_value (index 3), handoff; enterprise
        // (segment 0) has TTV target 60 and window 90; ten handoff fields of weight 1.
        let close = Fixture.s - 30
        let account = OnboardedAccount(
            accountID: "x", dealID: "d", accountName: "X", segmentIndex: 0, closeDate: close, acvCents: 0,
            handoffPresent: [true, false, true, true, false, true, true, true, false, true],
            milestones: [MilestoneProgress(achievedDate: close + 2), MilestoneProgress(skipped: true),
                         MilestoneProgress(achievedDate: close + 9), MilestoneProgress(achievedDate: close + 20),
                         .pending])
        let s = try #require(MetricsEngine(config: Config(), hasEvents: false, hasSurveys: false)
            .snapshots(of: [account], at: Fixture.s).snapshots.first)
        #expect(s.firstValueDate == close + 20)
        #expect(s.ttvDays == 20)
        #expect(s.achievedCount == 3)
        #expect(s.currentMilestone == 4)                       // handoff
        #expect(s.completedOnTime == nil)                      // 30 days in < window 90
        #expect(s.handoffScore == Rational(7, 10))             // 7 of 10 equally weighted fields
        #expect(s.missingHandoffFields == ["success_criteria", "backup_champion", "commitments"])
    }

    @Test func cohortIsTheCloseMonth() throws {
        // 2025-06-30 − 30 days = 2025-05-31; − 31 days = 2025-05-30; − 181 days = 2024-12-31.
        let engine = Fixture.engine()
        let accounts = [30, 31, 181, 0].map { Fixture.account(closedDaysAgo: $0) }
        #expect(engine.snapshots(of: accounts, at: Fixture.s).snapshots.map(\.cohort) == ["2025-05", "2025-05", "2024-12", "2025-06"])
    }
}
