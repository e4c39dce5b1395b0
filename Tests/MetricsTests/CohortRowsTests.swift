import OnboardingModel
import Testing
@testable import Metrics

/// cohorts.csv rows at S = 2025-06-30: segment × close month with ≥ 1 account.
struct CohortRowsTests {
    let accounts = [
        Fixture.account("0", segment: Fixture.small, closedDaysAgo: Fixture.daysAgo(2025, 5, 15),
                        steps: [.done(1), .done(4), .pending]),
        Fixture.account("1", segment: Fixture.big, closedDaysAgo: Fixture.daysAgo(2025, 5, 20)),
        Fixture.account("2", segment: Fixture.small, closedDaysAgo: Fixture.daysAgo(2025, 4, 10)),
        Fixture.account("3", segment: Fixture.big, closedDaysAgo: Fixture.daysAgo(2025, 4, 2)),
        Fixture.account("4", segment: Fixture.small, closedDaysAgo: Fixture.daysAgo(2025, 5, 1),
                        steps: [.done(1), .done(9), .done(12)]),
        Fixture.account("5", segment: Fixture.small, closedDaysAgo: Fixture.daysAgo(2024, 12, 31)),
        Fixture.account("6", segment: Fixture.big, closedDaysAgo: Fixture.daysAgo(2025, 7, 1)),   // after S
        Fixture.account("7", segment: Fixture.small, closedDaysAgo: Fixture.daysAgo(2025, 1, 1)),
    ]

    @Test func rowsSortByCohortThenSegmentOrder() {
        let engine = Fixture.engine()
        let rows = engine.cohortRows(engine.snapshots(of: accounts, at: Fixture.s), at: Fixture.s)
        // Months across a year boundary sort chronologically; big (0) before small (1)
        // within a month; idle and the July account appear nowhere.
        #expect(rows.map(\.cohort) == ["2024-12", "2025-01", "2025-04", "2025-04", "2025-05", "2025-05"])
        #expect(rows.map(\.segmentIndex) == [1, 1, 0, 1, 0, 1])
        #expect(rows.map(\.metrics.accounts) == [1, 1, 1, 1, 1, 2])
    }

    @Test func eachRowHasTheMetricsOfItsOwnAccounts() throws {
        let engine = Fixture.engine()
        let snapshots = engine.snapshots(of: accounts, at: Fixture.s)
        let rows = engine.cohortRows(snapshots, at: Fixture.s)
        let may = try #require(rows.last)
        // small × 2025-05 holds accounts 0 (TTV 4, active) and 4 (TTV 9, complete on day 12).
        #expect(may.metrics.ttvN == 2)
        #expect(may.metrics.ttvMedianDays == Rational(13, 2))     // [4, 9]: h = 0.5 → 6.5
        #expect((may.metrics.active, may.metrics.complete) == (1, 1))
        #expect(may.metrics.completionRate == Rational(1, 2))    // both ≥ 14 days in; 12 ≤ 14, other open
        let mayAccounts = SnapshotAccounts(accounts: accounts,
                                           snapshots: snapshots.snapshots.filter { [0, 4].contains($0.accountIndex) })
        let expected = engine.metrics(of: mayAccounts, at: Fixture.s)
        #expect(may.metrics == expected)
    }

    @Test func noSnapshotsNoRows() {
        #expect(Fixture.engine().cohortRows(SnapshotAccounts(accounts: [], snapshots: []), at: Fixture.s).isEmpty)
    }
}
