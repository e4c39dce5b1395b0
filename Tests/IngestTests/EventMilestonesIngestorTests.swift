@testable import Ingest
import Logging
import OnboardingModel
import Testing
import TestSupport

/// `milestones.from_events` end to end over files (SPEC §5): milestones.csv
/// rows of such milestones ignored and counted, the trust check, and which
/// files become optional or required.
struct EventMilestonesIngestorTests {
    private func config(allFromEvents: Bool = false) -> Config {
        var config = smallConfig()
        config.milestones.fromEvents = ["first_value": .init(events: ["report_shared"], rule: .count(1))]
        if allFromEvents {
            config.milestones.fromEvents["kickoff"] = .init(events: ["login"], rule: .count(1))
            config.milestones.fromEvents["setup"] = .init(events: [], rule: .users(2))
        }
        return config
    }

    private func ingest(_ dir: TempDirectory, _ config: Config) throws(PipelineError) -> IngestedData {
        try Ingestor(config: config, dataDirectory: dir.path, today: day("2025-12-31"), logger: LogCapture().logger)
            .ingest()
    }

    static let deals = "deal_id,account_id,close_date,acv\nD1,A1,2025-03-01,10\nD2,A2,2025-03-01,10\nD3,A3,2025-03-01,10\n"

    @Test func csPlatformRowsOfEventMilestonesAreIgnoredAndCheckedAgainstEvents() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        try dir.write("deals.csv", Self.deals)
        // CS platform dates of first_value: A1 03-20, A2 03-12, A3 02-20 (before close: 03-01).
        try dir.write("milestones.csv", """
            account_id,milestone,status,completed_date
            A1,kickoff,complete,2025-03-02
            A1,first_value,complete,2025-03-20
            A2,First Value,complete,2025-03-12
            A3,first_value,complete,2025-02-20
            A3,first_value,skipped,

            """)
        // Product dates: A1 03-10, A2 03-10, A3 03-25.
        try dir.write("events.csv", """
            account_id,occurred_at,event,user_id
            A1,2025-03-10T09:00:00Z,report_shared,U1
            A2,2025-03-10T09:00:00Z,report_shared,U1
            A3,2025-03-25T09:00:00Z,Report Shared,U1

            """)
        let data = try ingest(dir, config())
        let fv = 2
        #expect(data.accounts.map { $0.milestones[fv].achievedDate } == ["2025-03-10", "2025-03-10", "2025-03-25"].map(day))
        // The ignored skipped row does not skip A3's first value; kickoff from the CS platform stands.
        #expect(!data.accounts[2].milestones[fv].skipped)
        #expect(data.accounts[0].milestones[0].achievedDate == day("2025-03-02"))
        let milestones = data.files.first { $0.name == "milestones" }!
        #expect((milestones.accepted, milestones.skipped) == (1, 4))
        #expect(data.warnings.contains(DataQualityNote(
            file: "milestones.csv", message: "rows of milestones defined from events (milestones.from_events) "
                + "ignored (e.g. 'first_value')", count: 4)))
        // Differences |CS − product|: A1 10, A2 2, A3 |03-01 − 03-25| = 24. Over 7: A1 and A3;
        // median of 2, 10, 24 is 10; of 10 and 24 (the two apart) 17.
        #expect(data.warnings.contains(DataQualityNote(
            file: "milestones.csv", message: "first_value dated both here and by events (milestones.from_events): "
                + "more than 7 days apart for these accounts of the 3 with both dates; median difference 10.0 days "
                + "over all of them, 17.0 over these", count: 2)))
    }

    @Test func trustCheckIsSilentWhenTheDatesAgree() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        try dir.write("deals.csv", Self.deals)
        // 03-17 is exactly 7 days after 03-10: not more than 7.
        try dir.write("milestones.csv", "account_id,milestone,status,completed_date\nA1,first_value,complete,2025-03-17\n")
        try dir.write("events.csv", "account_id,occurred_at,event\nA1,2025-03-10,report_shared\n")
        let data = try ingest(dir, config())
        #expect(!data.warnings.contains { $0.message.hasPrefix("first_value dated both") })
    }

    @Test func milestonesFileIsOptionalWhenEveryMilestoneComesFromEvents() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        try dir.write("deals.csv", Self.deals)
        // A1: login 03-03 (kickoff); users U1 03-04, U2 03-06 (setup: 2nd distinct user 03-06); report_shared 03-08.
        try dir.write("events.csv", """
            account_id,occurred_at,event,user_id
            A1,2025-03-03,login,U1
            A1,2025-03-04,report_created,U1
            A1,2025-03-06,report_created,U2
            A1,2025-03-08,report_shared,U2

            """)
        let data = try ingest(dir, config(allFromEvents: true))
        #expect(Array(data.accounts[0].milestones.map(\.achievedDate)) == ["2025-03-03", "2025-03-06", "2025-03-08"].map(day))
        #expect(data.accounts[1].milestones.allSatisfy { $0 == .pending })
        #expect(data.files.map(\.name) == ["deals", "events"])
    }

    @Test func eventsFileIsRequiredWhenMilestonesComeFromIt() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        try dir.write("deals.csv", Self.deals)
        try dir.write("milestones.csv", "account_id,milestone,status,completed_date\n")
        let error = #expect(throws: PipelineError.self) { try ingest(dir, config()) }
        #expect(error?.kind == .missingInput)
        #expect(error?.message.hasPrefix("events.csv: not found in the data directory, and milestones.from_events "
                                         + "defines first_value from it.") == true)
    }
}
