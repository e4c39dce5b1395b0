@testable import Ingest
import OnboardingModel
import Testing

/// Accounts A1 (closed 2025-03-01) and A2 (closed 2025-04-01), then the given
/// milestone rows; smallConfig's plan is kickoff, setup, first_value.
private func ingestMilestones(_ header: [String], _ rows: [[String]], config: Config = smallConfig()) throws
    -> (ingest: MilestonesIngest, accounts: [OnboardedAccount], notes: [DataQualityNote]) {
    var deals = DealsIngest(config: config, today: day("2025-12-31"))
    try feed(&deals, header: ["deal_id", "account_id", "close_date", "acv"],
             rows: [["D1", "A1", "2025-03-01", "1"], ["D2", "A2", "2025-04-01", "1"]])
    var accounts = deals.finish().accounts
    var ingest = MilestonesIngest(config: config, accounts: accounts, index: AccountIDIndex(accounts),
                                  today: day("2025-12-31"))
    try feed(&ingest, header: header, rows: rows)
    let notes = ingest.finish(into: &accounts)
    return (ingest, accounts, notes)
}

private let columns = ["account_id", "milestone", "status", "completed_date"]

struct MilestonesIngestTests {
    @Test(arguments: [
        ("complete", MilestoneStatus.complete), ("Completed", .complete), ("DONE", .complete),
        ("achieved", .complete), ("In Progress", .inProgress), ("in-progress", .inProgress),
        ("active", .inProgress), ("Started", .inProgress), ("pending", .pending),
        ("Not Started", .pending), ("open", .pending), ("", .pending), ("  ", .pending),
        ("skipped", .skipped), ("Not Applicable", .skipped), ("N/A", .skipped), ("na", .skipped),
        ("Blocked", .blocked),
    ])
    func statusTable(_ raw: String, _ expected: MilestoneStatus) {
        var reader = MilestoneStatusReader()
        var text = raw
        #expect(text.withUTF8 { reader.status(of: $0) } == expected)
        // Second read comes from the cache and must agree.
        #expect(text.withUTF8 { reader.status(of: $0) } == expected)
    }

    @Test func unknownStatusIsRejectedNamingValueAndAcceptedOnes() throws {
        let r = try ingestMilestones(columns, [["A1", "kickoff", "finished", "2025-03-02"]])
        let reject = try #require(r.ingest.tally.rejects.first)
        #expect(reject.reason == "status \"finished\" is not a known milestone status; accepted: "
            + MilestoneStatus.acceptedValues + "; or map the export's value with milestones.status_aliases, "
            + "e.g. {\"TRUE\": complete}")
        #expect(reject.line == 2)
    }

    /// SPEC §3 milestones.csv: `milestones.status_aliases` adds the export's
    /// own values, normalized as headers are; an alias wins over a built-in
    /// meaning of the same value.
    @Test(arguments: [
        ("TRUE", MilestoneStatus?.some(.complete)), ("true", .complete), (" True ", .complete),
        ("FALSE", .pending), ("Waiting on customer", .blocked), ("Open", .inProgress),
        ("done", .complete), ("maybe", nil),
    ])
    func statusAliasesAddTheExportsValues(_ raw: String, _ expected: MilestoneStatus?) {
        var reader = MilestoneStatusReader(aliases: ["true": "complete", "false": "pending",
                                                     "waiting_on_customer": "blocked", "open": "in_progress"])
        var text = raw
        #expect(text.withUTF8 { reader.status(of: $0) } == expected)
    }

    @Test func taskExportCompletedFlagReadsThroughStatusAliases() throws {
        var config = smallConfig()
        config.milestones.statusAliases = ["true": "complete", "false": "pending"]
        let r = try ingestMilestones(columns, [["A1", "kickoff", "TRUE", "2025-03-04"],
                                               ["A1", "setup", "FALSE", ""]], config: config)
        #expect(r.ingest.tally.rejected == 0)
        #expect(r.accounts[0].milestones == [MilestoneProgress(achievedDate: day("2025-03-04")), .pending, .pending])
    }

    @Test func completeRowsAchieveAtTheirDate() throws {
        let r = try ingestMilestones(columns, [["A1", "Kickoff", "Done", "2025-03-04"],
                                               ["A2", "first value", "complete", "4/20/2025"]])
        #expect(r.accounts[0].milestones == [MilestoneProgress(achievedDate: day("2025-03-04")), .pending, .pending])
        #expect(r.accounts[1].milestones == [.pending, .pending, MilestoneProgress(achievedDate: day("2025-04-20"))])
        #expect(r.ingest.newest.value == day("2025-04-20"))
    }

    @Test func aliasesMapExportNamesToThePlan() throws {
        var config = smallConfig()
        config.milestones.aliases = ["Kick-off call": "kickoff", "Go Live": "First Value"]
        let r = try ingestMilestones(columns, [["A1", "kick off call", "complete", "2025-03-02"],
                                               ["A1", "GO-LIVE", "complete", "2025-03-09"],
                                               ["A1", "setup", "in progress", ""]], config: config)
        #expect(r.accounts[0].milestones == [MilestoneProgress(achievedDate: day("2025-03-02")), .pending,
                                             MilestoneProgress(achievedDate: day("2025-03-09"))])
        #expect(r.ingest.tally.accepted == 3)
    }

    @Test func unknownNamesAreSkippedAndNoted() throws {
        let r = try ingestMilestones(columns, [["A1", "Welcome Email", "complete", "2025-03-02"],
                                               ["A1", "QBR", "pending", ""],
                                               ["A2", "Welcome Email", "done", "2025-04-02"]])
        #expect(r.ingest.tally.skipped == 3)
        #expect(r.ingest.tally.rejected == 0)
        #expect(r.notes == [DataQualityNote(
            file: "milestones.csv",
            message: "rows with a milestone name not in milestones.order ignored; map the name to a plan milestone "
                + "with milestones.aliases (e.g. 'Welcome Email', 'QBR')",
            count: 3)])
    }

    @Test func rowsOfAccountsWithoutADealAreRejected() throws {
        let r = try ingestMilestones(columns, [["A9", "kickoff", "complete", "2025-03-02"],
                                               ["", "kickoff", "complete", "2025-03-02"]])
        #expect(r.ingest.tally.rejects.map(\.reason) == [
            #"account_id "A9" not found in deals (no closed-won deal for it)"#, "account_id is empty; every row needs one",
        ])
    }

    @Test func repeatedRowsAchieveAtTheEarliestDate() throws {
        let r = try ingestMilestones(columns, [["A1", "kickoff", "complete", "2025-03-10"],
                                               ["A1", "kickoff", "complete", "2025-03-05"],
                                               ["A1", "kickoff", "complete", "2025-03-07"],
                                               // Achieved by another row: not skipped.
                                               ["A1", "setup", "skipped", ""],
                                               ["A1", "setup", "complete", "2025-03-20"],
                                               // Only skipped rows: skipped.
                                               ["A1", "first_value", "skipped", ""],
                                               ["A1", "first_value", "pending", ""]])
        #expect(r.accounts[0].milestones == [
            MilestoneProgress(achievedDate: day("2025-03-05")),
            MilestoneProgress(achievedDate: day("2025-03-20")),
            MilestoneProgress(skipped: true),
        ])
        #expect(r.ingest.tally.accepted == 7)
    }

    @Test func datesBeforeTheCloseDateCountAsTheCloseDate() throws {
        // A2 closed 2025-04-01; a kickoff dated in March is raised to it.
        let r = try ingestMilestones(columns, [["A2", "kickoff", "complete", "2025-03-15"],
                                               ["A2", "setup", "complete", "2025-04-01"]])
        #expect(r.accounts[1].milestones[0].achievedDate == day("2025-04-01"))
        #expect(r.accounts[1].milestones[1].achievedDate == day("2025-04-01"))
    }

    @Test func completeWithoutAValidDateIsRejected() throws {
        let r = try ingestMilestones(columns, [["A1", "kickoff", "complete", ""],
                                               ["A1", "setup", "complete", "2025-02-30"]])
        #expect(r.ingest.tally.rejects.map(\.reason) == [
            "status is complete but completed_date is empty",
            #"status is complete but completed_date "2025-02-30" is not a valid date; accepted: "#
                + DateParser().acceptedFormatsText,
        ])
        #expect(r.accounts[0].milestones == [.pending, .pending, .pending])
    }

    @Test func completeWithoutTheDateColumnIsRejected() throws {
        let r = try ingestMilestones(["account_id", "milestone", "status"],
                                     [["A1", "kickoff", "complete"], ["A1", "setup", "in progress"]])
        #expect(r.ingest.tally.rejected == 1)
        #expect(r.ingest.tally.accepted == 1)
    }

    @Test func badDatesOnOpenRowsAreIgnoredAndNoted() throws {
        let r = try ingestMilestones(columns, [["A1", "kickoff", "in progress", "soon"],
                                               ["A1", "setup", "pending", "2025-03-09"]])
        #expect(r.ingest.tally.accepted == 2)
        // A valid date on a pending row is not an achievement either.
        #expect(r.accounts[0].milestones == [.pending, .pending, .pending])
        #expect(r.notes.map(\.count) == [1])
        #expect(r.notes.first?.message.hasSuffix("(e.g. 'soon')") == true)
    }
}
