import Metrics
import OnboardingModel
@testable import Reports

/// A small hand-built report: three accounts (one per default segment) at the
/// week 2026-W47 (2026-11-16 ... 2026-11-22), as-of Tuesday 2026-11-24.
///
/// Every figure below is computed by hand from the account facts in the
/// comments, so the golden files can be checked line by line.
enum Fixtures {
    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    /// Default plan (enterprise, mid_market, smb; 10 handoff fields) plus
    /// email recipients and CSM digests, so the golden report includes
    /// summary.eml and csm/lee.eml.
    static let config: Config = {
        var config = Config()
        config.email.from = "cs-ops@example.com"
        config.email.to = ["vp-cs@example.com", "vp-sales@example.com"]
        config.email.cc = ["cs-managers@example.com"]
        config.email.csmDigests = true
        return config
    }()
    static let window = ReportWindow(period: .week, asOf: day("2026-11-24"))

    static func present(_ count: Int) -> [Bool] {
        (0..<10).map { $0 < count }
    }

    // A-001 enterprise, closed 2026-09-01, every milestone achieved, last 2026-11-10.
    // B-002 mid_market, closed 2026-10-20, kickoff 10-22 and setup 11-05 only.
    // C-003 smb, closed 2026-11-18 (inside the window), nothing achieved yet.
    static let accounts = [
        OnboardedAccount(
            accountID: "A-001", dealID: "D1", accountName: "Acme, Inc.", segmentIndex: 0,
            closeDate: day("2026-09-01"), acvCents: 12_000_000, ae: "Dana", csm: "Lee",
            handoffPresent: [true, true, true, true, false, true, true, true, true, false],
            milestones: PlanProgress(["2026-09-03", "2026-09-15", "2026-10-01", "2026-10-20", "2026-11-10"]
                .map { MilestoneProgress(achievedDate: day($0)) }),
            firstEventOnOrAfterClose: day("2026-09-02"),
            surveyResponses: [SurveyResponse(respondedAt: day("2026-10-25"), score: 9)]),
        OnboardedAccount(
            accountID: "B-002", dealID: "D2", accountName: "=HYPERLINK(\"http://x\")", segmentIndex: 1,
            closeDate: day("2026-10-20"), acvCents: 3_000_050, ae: "+Eve", csm: "",
            handoffPresent: present(10),
            milestones: [MilestoneProgress(achievedDate: day("2026-10-22")),
                         MilestoneProgress(achievedDate: day("2026-11-05")), .pending, .pending, .pending],
            firstEventOnOrAfterClose: day("2026-10-30")),
        OnboardedAccount(
            accountID: "C-003", dealID: "D3", accountName: "Café \"Zoë\"", segmentIndex: 2,
            closeDate: day("2026-11-18"), acvCents: 450_000, ae: "@bob", csm: "Lee",
            handoffPresent: present(2),
            milestones: PlanProgress(repeating: .pending, count: 5),
            surveyResponses: [SurveyResponse(respondedAt: day("2026-11-20"), score: 5)]),
    ]

    static let snapshots = [
        // days(09-01, 11-22) = 30 + 31 + 21 = 82; TTV days(09-01, 10-20) = 49;
        // days since progress days(11-10, 11-22) = 12; completion day 70 ≤ 90: on time.
        AccountSnapshot(accountIndex: 0, segmentIndex: 0, cohort: "2026-09", daysSinceClose: 82,
                        status: .complete, currentMilestone: nil, lastProgress: day("2026-11-10"),
                        daysSinceProgress: 12, stalled: false, achievedCount: 5,
                        firstValueDate: day("2026-10-20"), ttvDays: 49, completionDate: day("2026-11-10"),
                        completedOnTime: true, handoffScore: Rational(8, 10),
                        missingHandoffFields: ["backup_champion", "competitive_context"],
                        day7Engaged: true, churnDate: nil, featuresAdopted: 3, adoptionTargetMet: true,
                        recentActiveDays: 0, satisfiedCount: 5, dueCount: 5),
        // days(10-20, 11-22) = 12 + 21 = 33; days(11-05, 11-22) = 17 ≥ 7: stalled;
        // 33 < window 45: on-time undefined; first event 10-30 > 10-26: not engaged.
        AccountSnapshot(accountIndex: 1, segmentIndex: 1, cohort: "2026-10", daysSinceClose: 33,
                        status: .active, currentMilestone: 2, lastProgress: day("2026-11-05"),
                        daysSinceProgress: 17, stalled: true, achievedCount: 2, firstValueDate: nil,
                        ttvDays: nil, completionDate: nil, completedOnTime: nil, handoffScore: .one,
                        missingHandoffFields: [], day7Engaged: false, churnDate: nil,
                        // Health by hand: progress 2 of 4 due (3, 10, 21, 30 ≤ 33) = 0.5; recency 17 ≥ 14 → 0;
                        // engagement 1/5; adoption 4 ≥ 3 → 1; handoff 1.
                        // 100 × (0.35·0.5 + 0 + 0.2·0.2 + 0.15 + 0.1) = 46.5 → 47 (half up), amber.
                        featuresAdopted: 4, adoptionTargetMet: true, recentActiveDays: 1, satisfiedCount: 2,
                        dueCount: 4, healthScore: 47),
        // days(11-18, 11-22) = 4 < 7: day-7 engagement undefined.
        AccountSnapshot(accountIndex: 2, segmentIndex: 2, cohort: "2026-11", daysSinceClose: 4,
                        status: .active, currentMilestone: 0, lastProgress: day("2026-11-18"),
                        daysSinceProgress: 4, stalled: false, achievedCount: 0, firstValueDate: nil,
                        ttvDays: nil, completionDate: nil, completedOnTime: nil, handoffScore: Rational(2, 10),
                        missingHandoffFields: ["exec_sponsor", "champion", "backup_champion", "technical_contact",
                                               "technical_requirements", "timeline_expectation", "commitments",
                                               "competitive_context"],
                        day7Engaged: nil, churnDate: nil,
                        // Health by hand: progress 0 of 1 due (3 ≤ 4); recency 1 − 4/14 = 5/7; engagement 0;
                        // adoption 0; handoff 0.2. 100 × (0.2·5/7 + 0.1·0.2) = 16.29… → 16, red.
                        featuresAdopted: 0, adoptionTargetMet: nil, recentActiveDays: 0, satisfiedCount: 0,
                        dueCount: 1, healthScore: 16),
    ]

    /// The accounts with their snapshots, as the engine hands them to the reports.
    static let atSnapshot = SnapshotAccounts(accounts: accounts, snapshots: snapshots)

    static func metrics(_ build: (inout GroupMetrics) -> Void) -> GroupMetrics {
        var m = GroupMetrics()
        build(&m)
        return m
    }

    /// A alone: TTV 49 within 60 (82 ≥ 60 eligible); completion not eligible
    /// (82 < 90); velocity days(09-01, 11-10) / 5 = 70 / 5 = 14; NPS one 9 → +100.
    static let enterprise = metrics {
        $0.accounts = 1; $0.complete = 1; $0.ttvN = 1; $0.ttvMedianDays = Rational(49); $0.ttvP90Days = Rational(49)
        $0.ttvWithinTargetRate = .one; $0.milestoneVelocityDays = Rational(14); $0.handoffQuality = Rational(8, 10)
        $0.day7EngagementRate = .one; $0.onboardingNPS = Rational(100)
    }
    /// B alone: eligible for TTV (33 ≥ 30) with no TTV: 0/1; velocity
    /// days(10-20, 11-05) / 2 = 16 / 2 = 8; stalled 1 of 1 active.
    static let midMarket = metrics {
        $0.accounts = 1; $0.active = 1; $0.ttvWithinTargetRate = .zero; $0.milestoneVelocityDays = Rational(8)
        $0.stalled = 1; $0.stallRate = .one; $0.handoffQuality = .one; $0.day7EngagementRate = .zero
    }
    /// C alone: nothing eligible yet; stall rate 0/1; NPS one 5 → −100.
    static let smb = metrics {
        $0.accounts = 1; $0.active = 1; $0.stallRate = .zero; $0.handoffQuality = Rational(2, 10)
        $0.onboardingNPS = Rational(-100)
    }
    /// All three: within target 1 of {A, B} = 1/2; velocity (70 + 16) / (5 + 2)
    /// = 86/7 = 12.2857…; stalled 1 of 2 active; handoff (0.8 + 1 + 0.2) / 3 = 2/3;
    /// day-7 1 of {A, B}; NPS 50% promoters − 50% detractors = 0.
    static let all = metrics {
        $0.accounts = 3; $0.active = 2; $0.complete = 1; $0.ttvN = 1; $0.ttvMedianDays = Rational(49)
        $0.ttvP90Days = Rational(49); $0.ttvWithinTargetRate = Rational(1, 2)
        $0.milestoneVelocityDays = Rational(86, 7); $0.stalled = 1; $0.stallRate = Rational(1, 2)
        $0.handoffQuality = Rational(2, 3); $0.day7EngagementRate = Rational(1, 2); $0.onboardingNPS = .zero
    }

    static let cohorts = [
        CohortRow(segmentIndex: 0, cohort: "2026-09", metrics: enterprise),
        CohortRow(segmentIndex: 1, cohort: "2026-10", metrics: midMarket),
        CohortRow(segmentIndex: 2, cohort: "2026-11", metrics: smb),
    ]

    /// Only C closed inside 2026-11-16 ... 2026-11-22; nothing reached first
    /// value or completion in it.
    static let segments = [
        SegmentRow(segmentIndex: 0, metrics: enterprise, newInWindow: 0, firstValueInWindow: 0, completedInWindow: 0),
        SegmentRow(segmentIndex: 1, metrics: midMarket, newInWindow: 0, firstValueInWindow: 0, completedInWindow: 0),
        SegmentRow(segmentIndex: 2, metrics: smb, newInWindow: 1, firstValueInWindow: 0, completedInWindow: 0),
        SegmentRow(segmentIndex: nil, metrics: all, newInWindow: 1, firstValueInWindow: 0, completedInWindow: 0),
    ]

    /// At the prior snapshot 2026-11-15: A complete, B active and stalled
    /// (days(11-05, 11-15) = 10) but not yet TTV-eligible (26 < 30), C not closed.
    static let priorSegments = [
        SegmentRow(segmentIndex: 0, metrics: enterprise, newInWindow: 0, firstValueInWindow: 0, completedInWindow: 1),
        SegmentRow(segmentIndex: 1, metrics: metrics {
            $0.accounts = 1; $0.active = 1; $0.milestoneVelocityDays = Rational(8); $0.stalled = 1
            $0.stallRate = .one; $0.handoffQuality = .one; $0.day7EngagementRate = .zero
        }, newInWindow: 0, firstValueInWindow: 0, completedInWindow: 0),
        SegmentRow(segmentIndex: 2, metrics: GroupMetrics(), newInWindow: 0, firstValueInWindow: 0,
                   completedInWindow: 0),
        SegmentRow(segmentIndex: nil, metrics: metrics {
            $0.accounts = 2; $0.active = 1; $0.complete = 1; $0.ttvN = 1; $0.ttvMedianDays = Rational(49)
            $0.ttvWithinTargetRate = .one; $0.stalled = 1; $0.stallRate = .one; $0.handoffQuality = Rational(9, 10)
        }, newInWindow: 0, firstValueInWindow: 0, completedInWindow: 1),
    ]

    static let rejects = [
        RejectedRow(file: "deals.csv", line: 4, reason: "unparsable close_date \"2025-02-30\"",
                    raw: ["D4", "X-9", "2025-02-30", "1000"]),
        RejectedRow(file: "deals.csv", line: 6, reason: "duplicate deal_id \"D1\", first at line 2",
                    raw: ["D1", "=cmd|' /C calc'!A0", "2026-09-01", "5,000"]),
        RejectedRow(file: "milestones.csv", line: 9, reason: "account not found in deals",
                    raw: ["Z-404", "kickoff", "complete", "2026-11-01"]),
    ]

    static let files = [
        InputFileSummary(name: "deals", fileName: "deals.csv", sha256: String(repeating: "a1", count: 32),
                         rowsRead: 6, accepted: 3, skipped: 1, rejected: 2),
        InputFileSummary(name: "milestones", fileName: "milestones.csv",
                         sha256: String(repeating: "b2", count: 32), rowsRead: 8, accepted: 7, skipped: 0,
                         rejected: 1),
        InputFileSummary(name: "events", fileName: "events.csv", sha256: String(repeating: "c3", count: 32),
                         rowsRead: 5, accepted: 5, skipped: 0, rejected: 0),
        InputFileSummary(name: "surveys", fileName: "surveys.csv", sha256: String(repeating: "d4", count: 32),
                         rowsRead: 2, accepted: 2, skipped: 0, rejected: 0),
    ]

    /// Lee serves smb at half time; 14 smb deals are expected in February 2027.
    static let csms = [CSMRecord(name: "Lee", fte: Rational(1, 2), segmentIndex: 2, email: "lee@example.com",
                                 managerEmail: "mia@example.com")]
    static let forecast = [ForecastRecord(segmentIndex: 2, month: day("2027-02-01"), deals: Rational(14))]

    /// Computed by the metrics engine (tested on its own in MetricsTests); the
    /// golden files check how they are written. By hand, at S = 2026-11-22:
    /// - flags: B stalled 17 ≥ 14 (critical); B no first value at 33 > 30;
    ///   B no event in its first week; C handoff 0.2 < 0.8; A is complete.
    /// - portfolio: (unassigned) B, load 1/25; Lee C, load 1/75 on 0.5 FTE = 2/75.
    /// - capacity: smb now 1 active → 1/75 FTE against 0.5; Feb 2027: no smb
    ///   completions in the year so W = window 30; 14 / 28 × 30 = 15 → 15/75 = 0.2 FTE.
    /// - since and new, against the prior snapshot 2026-11-15 (B stalled 10
    ///   days, a warning; B 26 days after close, not yet past its target 30;
    ///   B no event in its first week; C not closed): B stalled critical since
    ///   11-05 + 14 = 11-19, new (a warning then); B first value overdue since
    ///   10-20 + 31 = 11-20, new; B no early engagement since 10-20 + 7 = 10-27,
    ///   not new; C handoff since its close 11-18, new. Nothing resolved: B's
    ///   stall still fires, now critical.
    static let operations: OperationalViews = {
        let engine = MetricsEngine(config: config, hasEvents: true, hasSurveys: true)
        return engine.operationalViews(atSnapshot, csms: csms, forecast: forecast,
                                       at: window.snapshot,
                                       prior: engine.priorWindowViews(of: accounts, csms: csms, window: window.prior))
    }()

    static let content: ReportContent = {
        var content = ReportContent(
            toolVersion: "0.1.0", config: config, configDigest: String(repeating: "0f", count: 32), window: window,
            data: IngestedData(accounts: accounts, csms: csms, hasEvents: true, hasSurveys: true, files: files, rejects: rejects,
                               warnings: [DataQualityNote(file: "deals.csv", message: "churn_date unparsable", count: 1)],
                               newestDate: day("2026-11-24")),
            snapshots: atSnapshot, cohorts: cohorts, segments: segments, priorSegments: priorSegments,
            staleExportDays: 5, operations: operations, survival: survival, priorSurvival: priorSurvival)
        // outcomes.csv only: the fixture config has no compare section.
        content.payoff = PayoffViews(outcomes: MetricsEngine(config: config, hasEvents: true, hasSurveys: true)
            .outcomeRows(atSnapshot, at: window.snapshot))
        return content
    }()

    /// Survival rows by the metrics engine (tested in MetricsTests). By hand: A reached at 49,
    /// B censored at 33 (prior 26), C censored at 4 (not closed at the prior snapshot):
    /// enterprise median 49; mid_market and smb not reached (> 33, > 4); all: at 49 A is the
    /// only one at risk, Ŝ = 0, median 49.
    static let survival = MetricsEngine(config: config, hasEvents: true, hasSurveys: true)
        .survivalRows(atSnapshot, at: window.snapshot)
    static let priorSurvival = MetricsEngine(config: config, hasEvents: true, hasSurveys: true)
        .priorWindowViews(of: accounts, csms: csms, window: window.prior).survival
}
