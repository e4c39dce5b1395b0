import OnboardingModel
@testable import Metrics
import Testing

/// SPEC §7 data quality "a window with no data in it": a close, a milestone
/// achieved or a churn on one of the window's days is activity.
struct WindowActivityTests {
    /// The week 2026-11-09 (Monday) .. 2026-11-15 (Sunday): as-of 2026-11-18.
    private static let week = ReportWindow(period: .week, asOf: Day(iso: "2026-11-18")!)

    private static func account(close: String, achieved: String? = nil, churn: String? = nil) -> OnboardedAccount {
        OnboardedAccount(accountID: "A", dealID: "D", accountName: "", segmentIndex: 0, closeDate: Day(iso: close)!,
                         acvCents: 1, churnDate: churn.map { Day(iso: $0)! }, handoffPresent: [],
                         milestones: PlanProgress([MilestoneProgress(achievedDate: achieved.map { Day(iso: $0)! })]))
    }

    @Test(arguments: [
        ("close on the window's Monday", account(close: "2026-11-09"), true),
        ("close on its Sunday", account(close: "2026-11-15"), true),
        ("close the Sunday before", account(close: "2026-11-08"), false),
        ("close the Monday after", account(close: "2026-11-16"), false),
        ("milestone inside", account(close: "2026-10-01", achieved: "2026-11-12"), true),
        ("milestone after", account(close: "2026-10-01", achieved: "2026-11-16"), false),
        ("churn inside", account(close: "2026-10-01", churn: "2026-11-15"), true),
        ("churn before", account(close: "2026-10-01", churn: "2026-11-08"), false),
    ])
    func activityIsACloseProgressOrChurnInTheWindow(_ name: String, _ account: OnboardedAccount, _ active: Bool) {
        #expect(Self.week.label == "2026-W46")
        #expect(WindowActivity.hasActivity([account], in: Self.week) == active, "\(name)")
    }

    @Test func noAccountsIsNoActivity() {
        #expect(!WindowActivity.hasActivity([], in: Self.week))
    }
}
