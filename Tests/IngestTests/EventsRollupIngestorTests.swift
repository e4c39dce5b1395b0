@testable import Ingest
import OnboardingModel
import Testing

/// events_daily.csv (SPEC §10) read from a data directory in place of events.csv.
@Suite struct EventsRollupIngestorTests {
    static let deals = "deal_id,account_id,close_date,acv\nD1,A1,2025-03-10,1000\nD2,A2,2025-04-01,1000\n"
    static let milestones = "account_id,milestone,status,completed_date\n"
    static let rollup = "account_id,event_date,event,events\n"
        + "A1,2025-03-16,login,3\nA2,2025-03-31,login,2\nA2,2025-04-09,report_shared,1\nA7,2025-04-01,login,4\n"
        + "A2,someday,login,5\n"

    private func directory(events: String? = nil, rollup: String? = rollup) throws -> TempDirectory {
        let dir = try TempDirectory()
        try dir.write("deals.csv", Self.deals)
        try dir.write("milestones.csv", Self.milestones)
        if let events { try dir.write("events.csv", events) }
        if let rollup { try dir.write("events_daily.csv", rollup) }
        return dir
    }

    private func ingest(_ dir: TempDirectory, config: Config = smallConfig()) throws(PipelineError) -> IngestedData {
        try Ingestor(config: config, dataDirectory: dir.path, today: day("2025-12-31"), logger: LogCapture().logger)
            .ingest()
    }

    @Test func theRollupTakesTheEventsPlace() throws {
        let dir = try directory()
        defer { dir.remove() }
        let data = try ingest(dir)
        #expect(data.hasEvents)
        // A1: close + 6. A2: 03-31 is before its close; 04-09 is close + 8.
        #expect(data.accounts.map(\.firstEventOnOrAfterClose) == [day("2025-03-16"), day("2025-04-09")])
        #expect(data.newestDate == day("2025-04-09"))
        #expect(data.files.map(\.name) == ["deals", "milestones", "events_daily"])
        let file = data.files[2]
        #expect([file.rowsRead, file.accepted, file.skipped, file.rejected] == [5, 3, 1, 1])
        // 3 + 2 + 1 + 4 + 5 events, the 5 of the unreadable date rejected.
        #expect(file.represented == RepresentedRows(unit: "events", read: 15, rejected: 5))
        #expect(data.rejects.map { "\($0.file):\($0.line)" } == ["events_daily.csv:6"])
        #expect(data.warnings.map(\.count) == [4])
    }

    @Test func aConfiguredRollupNameIsRead() throws {
        let dir = try directory(rollup: nil)
        defer { dir.remove() }
        try dir.write("usage_rollup.csv", Self.rollup)
        var config = smallConfig()
        config.data.eventsDaily = "usage_rollup.csv"
        let data = try ingest(dir, config: config)
        #expect(data.files.map(\.fileName) == ["deals.csv", "milestones.csv", "usage_rollup.csv"])
    }

    @Test func bothTheEventsAndTheirRollupIsAConfigErrorNamingBoth() throws {
        let dir = try directory(events: "account_id,occurred_at,event\nA1,2025-03-16T10:00:00Z,login\n")
        defer { dir.remove() }
        #expect {
            try ingest(dir)
        } throws: { error in
            guard let error = error as? PipelineError else { return false }
            return error.kind == .config && error.message.contains("both events.csv (data.events) and "
                + "events_daily.csv (data.events_daily)") && error.message.contains("Remove events.csv")
        }
    }
}
