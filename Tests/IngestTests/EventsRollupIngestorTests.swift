@testable import Ingest
import OnboardingModel
import Testing
import TestSupport

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

    /// Milestones from events by count and by users, adoption and recent
    /// days: the raw events and their rollup (events_daily.csv counting
    /// events, events_users.csv each user's first day per name) leave every
    /// account the same. Accounts A1 and A2 closed 2025-03-10 and 2025-04-01.
    @Test func theRollupGivesWhatTheRawEventsGiveToUsageFigures() throws {
        var config = smallConfig()
        config.milestones.fromEvents = [
            "first_value": .init(events: ["report_shared"], rule: .count(3)),
            "setup": .init(events: [], rule: .users(2)),
        ]
        config.adoption.features = ["report_shared", "export"]
        // A1: report_shared x3 (one before close: the close date), users U1 (03-09 -> close), U2 on 03-20.
        // A2: report_shared x2 on one day then once more; users U3 and, named " U4 ", on 04-05.
        let raw = """
            account_id,occurred_at,event,user_id
            A1,2025-03-09T10:00:00Z,Report Shared,U1
            A1,2025-03-12T10:00:00Z,report_shared,U1
            A1,2025-03-20T10:00:00Z,report-shared,U2
            A1,2025-03-25T10:00:00Z,export,
            A2,2025-04-03T10:00:00Z,report_shared,U3
            A2,2025-04-03T11:00:00Z,report_shared,U3
            A2,2025-04-05T09:00:00Z,login, U4 
            A2,2025-04-07T09:00:00Z,report_shared,n/a

            """
        let daily = """
            account_id,event_date,event,events
            A1,2025-03-09,Report Shared,1
            A1,2025-03-12,report_shared,1
            A1,2025-03-20,report-shared,1
            A1,2025-03-25,export,1
            A2,2025-04-03,report_shared,2
            A2,2025-04-05,login,1
            A2,2025-04-07,report_shared,1

            """
        let users = """
            account_id,user_id,event,first_date
            A1,U1,Report Shared,2025-03-09
            A1,U1,report_shared,2025-03-12
            A1,U2,report-shared,2025-03-20
            A2,U3,report_shared,2025-04-03
            A2, U4 ,login,2025-04-05
            A2,n/a,report_shared,2025-04-07

            """
        let rawDir = try directory(events: raw, rollup: nil)
        let rollupDir = try directory(rollup: daily)
        defer { rawDir.remove(); rollupDir.remove() }
        try rollupDir.write("events_users.csv", users)
        let fromRaw = try ingest(rawDir, config: config), fromRollup = try ingest(rollupDir, config: config)
        // first_value (plan index 2): the 3rd report_shared; setup (index 1): the 2nd user.
        #expect(fromRaw.accounts.map { $0.milestones[2].achievedDate } == [day("2025-03-20"), day("2025-04-07")])
        #expect(fromRaw.accounts.map { $0.milestones[1].achievedDate } == [day("2025-03-20"), day("2025-04-05")])
        #expect(fromRollup.accounts.map(\.milestones) == fromRaw.accounts.map(\.milestones))
        #expect(fromRollup.accounts.map(\.usage) == fromRaw.accounts.map(\.usage))
        #expect(fromRollup.accounts.map(\.firstEventOnOrAfterClose) == fromRaw.accounts.map(\.firstEventOnOrAfterClose))
        #expect(fromRollup.newestDate == fromRaw.newestDate)
        // events_users.csv: the placeholder user is skipped, not rejected (its events are events_daily's).
        #expect(fromRollup.files.map(\.name) == ["deals", "milestones", "events_daily", "events_users"])
        #expect([fromRollup.files[3].accepted, fromRollup.files[3].skipped, fromRollup.files[3].rejected] == [5, 1, 0])
    }

    @Test func aUsersRollupWithoutTheDailyOneIsAConfigError() throws {
        let dir = try directory(rollup: nil)
        defer { dir.remove() }
        try dir.write("events_users.csv", "account_id,user_id,event,first_date\n")
        #expect {
            try ingest(dir)
        } throws: { error in
            (error as? PipelineError)?.kind == .config
                && (error as? PipelineError)?.message.contains("events_users.csv (data.events_users) but not") == true
        }
    }
}
