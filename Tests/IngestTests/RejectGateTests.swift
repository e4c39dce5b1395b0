@testable import Ingest
import OnboardingModel
import Testing

struct RejectGateTests {
    private func data(_ files: [(String, Int, Int)]) -> IngestedData {
        IngestedData(accounts: [], files: files.map { name, read, rejected in
            InputFileSummary(name: name, fileName: "\(name).csv", sha256: "", rowsRead: read,
                             accepted: read - rejected, skipped: 0, rejected: rejected)
        })
    }

    @Test func exactlyTheRatePassesOneMoreFails() {
        let gate = Rational(5, 100)
        // 5 of 100 is exactly 0.05: not above. 6 of 100 is above.
        #expect(RejectGate.filesOverLimit(data([("deals", 100, 5)]), maxRejectRate: gate).isEmpty)
        #expect(RejectGate.filesOverLimit(data([("deals", 100, 6)]), maxRejectRate: gate).map(\.name) == ["deals"])
        // 1 of 19 is 0.0526...: above.
        #expect(RejectGate.filesOverLimit(data([("deals", 19, 1)]), maxRejectRate: gate).count == 1)
        // 1 of 20 is exactly 0.05.
        #expect(RejectGate.filesOverLimit(data([("deals", 20, 1)]), maxRejectRate: gate).isEmpty)
    }

    @Test func emptyFilesAreNeverOverAndEachFileIsJudgedAlone() {
        let result = RejectGate.filesOverLimit(
            data([("deals", 0, 0), ("milestones", 10, 1), ("events", 1000, 1)]), maxRejectRate: Rational(5, 100))
        // milestones: 1/10 = 0.1 > 0.05; events 1/1000 is within.
        #expect(result.map(\.name) == ["milestones"])
        #expect(RejectGate.filesOverLimit(data([("deals", 4, 4)]), maxRejectRate: .one).isEmpty)
    }

    /// A rollup is judged by the events its rows stand for: 1 rejected row
    /// of 3 is a third of the rows but 1 event of 1,001 (within 0.05); 60
    /// rejected events of 1,000 in 1 of 50 rows is above it.
    @Test func aRollupIsJudgedByTheEventsItsRowsStandFor() {
        func rollup(rows: Int, rejectedRows: Int, events: Int, rejectedEvents: Int) -> IngestedData {
            var file = InputFileSummary(name: "events_daily", fileName: "events_daily.csv", sha256: "", rowsRead: rows,
                                        accepted: rows - rejectedRows, skipped: 0, rejected: rejectedRows)
            file.represented = RepresentedRows(unit: "events", read: events, rejected: rejectedEvents)
            return IngestedData(accounts: [], files: [file])
        }
        let gate = Rational(5, 100)
        #expect(RejectGate.filesOverLimit(rollup(rows: 3, rejectedRows: 1, events: 1001, rejectedEvents: 1),
                                          maxRejectRate: gate).isEmpty)
        #expect(RejectGate.filesOverLimit(rollup(rows: 50, rejectedRows: 1, events: 1000, rejectedEvents: 60),
                                          maxRejectRate: gate).count == 1)
        // Exactly 50 of 1,000 events is 0.05: not above.
        #expect(RejectGate.filesOverLimit(rollup(rows: 50, rejectedRows: 1, events: 1000, rejectedEvents: 50),
                                          maxRejectRate: gate).isEmpty)
    }
}
