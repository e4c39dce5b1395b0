import OnboardingModel
import Testing
@testable import Metrics

/// segments.csv rows for the June 2025 month window (S = 2025-06-30).
struct SegmentRowsTests {
    let window = ReportWindow(period: .month, asOf: Day(year: 2025, month: 7, day: 3)!)

    let accounts = [
        // Closed 06-10; first value 06-15 (TTV 5); handoff 06-20: new, first value and completed in window.
        Fixture.account("newBig", segment: Fixture.big, closedDaysAgo: Fixture.daysAgo(2025, 6, 10),
                        steps: [.done(1), .done(5), .done(10)]),
        // Closed 05-01; first value 05-05 (TTV 4); handoff 06-02: only completed in window.
        Fixture.account("oldBig", segment: Fixture.big, closedDaysAgo: Fixture.daysAgo(2025, 5, 1),
                        steps: [.done(1), .done(4), .done(32)]),
        // Closed 05-20; first value 06-01 (TTV 12): first value in window.
        Fixture.account("smallFV", segment: Fixture.small, closedDaysAgo: Fixture.daysAgo(2025, 5, 20),
                        steps: [.done(1), .done(12), .pending]),
        // Closed 05-31, the day before the window: not new.
        Fixture.account("smallEdge", segment: Fixture.small, closedDaysAgo: Fixture.daysAgo(2025, 5, 31)),
        // Closed on S: new; its first value on 07-01 is after S.
        Fixture.account("smallOnS", segment: Fixture.small, closedDaysAgo: 0, steps: [.done(0), .done(1), .pending]),
        // Closed after S: nowhere.
        Fixture.account("future", segment: Fixture.big, closedDaysAgo: Fixture.daysAgo(2025, 7, 2)),
    ]

    @Test func windowIsJune() {
        #expect(window.start == Day(year: 2025, month: 6, day: 1)!)
        #expect(window.snapshot == Fixture.s)
    }

    @Test func oneRowPerSegmentInConfigOrderThenAll() {
        let engine = Fixture.engine(events: true, surveys: true)
        let rows = engine.segmentRows(engine.snapshots(of: accounts, at: Fixture.s), window: window)
        #expect(rows.map(\.segmentIndex) == [0, 1, 2, nil])
        #expect(rows.map(\.metrics.accounts) == [2, 3, 0, 5])
        #expect(rows.map(\.newInWindow) == [1, 1, 0, 2])              // newBig; smallOnS
        #expect(rows.map(\.firstValueInWindow) == [1, 1, 0, 2])       // newBig; smallFV
        #expect(rows.map(\.completedInWindow) == [2, 0, 0, 2])        // newBig, oldBig
    }

    @Test func emptySegmentHasZeroCountsAndNilRates() {
        let engine = Fixture.engine(events: true, surveys: true)
        let rows = engine.segmentRows(engine.snapshots(of: accounts, at: Fixture.s), window: window)
        // idle has no accounts: even with events and surveys, every rate is empty.
        #expect(rows[Fixture.idle].metrics == GroupMetrics())
    }

    @Test func allRowPoolsEverySnapshot() {
        let engine = Fixture.engine(events: true, surveys: true)
        let snapshots = engine.snapshots(of: accounts, at: Fixture.s)
        let all = engine.segmentRows(snapshots, window: window)[3].metrics
        // TTVs 5, 4, 12 from two segments → sorted [4, 5, 12]: median 5; p90 h = 1.8 → 5 + 0.8·7 = 10.6.
        #expect(all.ttvN == 3)
        #expect(all.ttvMedianDays == Rational(5))
        #expect(all.ttvP90Days == Rational(53, 5))
        #expect(all == engine.metrics(of: snapshots, at: Fixture.s))
    }

    @Test func noAccountsStillListsEverySegment() {
        let rows = Fixture.engine().segmentRows(SnapshotAccounts(accounts: [], snapshots: []), window: window)
        #expect(rows.map(\.segmentIndex) == [0, 1, 2, nil])
        #expect(rows.allSatisfy { $0.metrics == GroupMetrics() && $0.newInWindow == 0 })
    }
}
