@testable import Ingest
import Logging
import OnboardingModel
import Runtime
import Testing
import TestSupport

/// End to end over real files: the reader, header, rows, hashing and logging.
struct IngestorTests {
    private func ingest(_ dir: TempDirectory, config: Config = smallConfig(), today: String = "2025-12-31",
                        log: LogCapture = LogCapture()) throws(PipelineError) -> IngestedData {
        try Ingestor(config: config, dataDirectory: dir.path, today: day(today), logger: log.logger).ingest()
    }

    /// The error ingest throws, or nil when it succeeds.
    private func failure(_ dir: TempDirectory) -> PipelineError? {
        do {
            _ = try ingest(dir)
            return nil
        } catch {
            return error
        }
    }

    static let deals = "\u{FEFF}Deal ID,Account-ID,Account Name,Stage,Close Date,ACV,Segment,Champion\r\n"
        + "D1,A2,\"Beta, Inc.\",Closed Won,2025-03-01,\"$30,000\",,Pat\r\n"
        + "D2,A1,\"Alpha \"\"Co\"\"\",closed-won,3/2/2025,12000,smb,\r\n"
        + "D3,A1,Alpha,Closed Lost,2025-01-01,5,,\r\n"
        + ",,,,,,,\r\n"
        + "D4,A3,Gamma,Closed Won,2025-02-30,5,,\r\n"
        + "D5,A1,Alpha,Won,2025-05-01,100,,\r\n"
    static let milestones = "account_id,milestone,status,completed_date\n"
        + "A1,Kickoff,Done,2025-03-05\n"
        + "A2,kickoff,complete,2025-02-20\n"
        + "A2,Setup,in progress,\n"
        + "A9,kickoff,complete,2025-03-05\n"
        + "A1,Welcome,complete,2025-03-06\n"
        + "\"A1\",\"first value\",\"complete\",\"2025-04-30T22:00:00-05:00\"\n"

    @Test func readsBothFilesEndToEnd() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        try dir.write("deals.csv", Self.deals)
        try dir.write("milestones.csv", Self.milestones)
        let log = LogCapture()
        let data = try ingest(dir, log: log)

        #expect(data.accounts.map(\.accountID) == ["A1", "A2"])
        let a1 = data.accounts[0], a2 = data.accounts[1]
        #expect(a1.dealID == "D2")
        #expect(a1.accountName == #"Alpha "Co""#)
        #expect(a1.closeDate == day("2025-03-02"))
        #expect(a1.acvCents == 1_200_000)
        // 12000 with label smb: smb (index 2). A2: 30000 → mid_market (index 1).
        #expect(a1.segmentIndex == 2)
        #expect(a2.segmentIndex == 1)
        #expect(a2.accountName == "Beta, Inc.")
        #expect(a2.handoffPresent == [false, true])
        // A1: kickoff 2025-03-05; first value at 03:00 UTC on 2025-05-01.
        #expect(a1.milestones == [MilestoneProgress(achievedDate: day("2025-03-05")), .pending,
                                  MilestoneProgress(achievedDate: day("2025-05-01"))])
        // A2 closed 2025-03-01; its 2025-02-20 kickoff is raised to the close date.
        #expect(a2.milestones == [MilestoneProgress(achievedDate: day("2025-03-01")), .pending, .pending])

        // deals: 6 data rows = 3 accepted (D1, D2, D5) + 2 skipped (lost, blank) + 1 rejected (D4).
        // milestones: 6 = 4 accepted + 1 skipped (Welcome) + 1 rejected (A9).
        // Which header fed each canonical column, for `validate` (deals' handoff field Champion included).
        #expect(data.files[0].columnSources.map { "\($0.canonical) <- \($0.header)" } == [
            "deal_id <- Deal ID", "account_id <- Account-ID", "close_date <- Close Date", "acv <- ACV",
            "account_name <- Account Name", "stage <- Stage", "segment <- Segment", "champion <- Champion",
        ])
        #expect(data.files.map { var file = $0; file.columnSources = []; return file } == [
            InputFileSummary(name: "deals", fileName: "deals.csv",
                             sha256: SHA256Digest.hex(of: Array(Self.deals.utf8)),
                             rowsRead: 6, accepted: 3, skipped: 2, rejected: 1),
            InputFileSummary(name: "milestones", fileName: "milestones.csv",
                             sha256: SHA256Digest.hex(of: Array(Self.milestones.utf8)),
                             rowsRead: 6, accepted: 4, skipped: 1, rejected: 1),
        ])
        #expect(data.rejects.map { "\($0.file):\($0.line)" } == ["deals.csv:6", "milestones.csv:5"])
        #expect(data.rejects[1].raw == ["A9", "kickoff", "complete", "2025-03-05"])
        // deals: expansion; milestones: the unknown Welcome row, A2's kickoff before its close.
        #expect(data.warnings.map(\.file) == ["deals.csv", "milestones.csv", "milestones.csv"])
        #expect(data.warnings[2].count == 1 && data.warnings[2].message.hasPrefix("completed_date before the account's close"))
        // Newest: D5 closed 2025-05-01, A1's first value 2025-05-01.
        #expect(data.newestDate == day("2025-05-01"))
        #expect(log.entries.filter { $0.level == .info }.map(\.message) == [
            "Read 'deals.csv': 6 rows, 3 accepted, 2 skipped, 1 rejected.",
            "Read 'milestones.csv': 6 rows, 4 accepted, 1 skipped, 1 rejected.",
        ])
        // Absent optional files are mentioned only at debug level.
        #expect(log.entries.filter { $0.level != .info }.allSatisfy { $0.level == .debug })
    }

    @Test func newestDateStopsAtToday() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        try dir.write("deals.csv", Self.deals)
        try dir.write("milestones.csv", Self.milestones)
        // Today 2025-04-30: D5 (05-01) and the 05-01 first value are in the future.
        #expect(try ingest(dir, today: "2025-04-30").newestDate == day("2025-03-05"))
    }

    @Test func missingRequiredFilesAreMissingInput() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let noDeals = try #require(failure(dir))
        #expect(noDeals.kind == .missingInput)
        #expect(noDeals.message.hasPrefix("deals.csv: cannot open \(dir.path)/deals.csv"))
        try dir.write("deals.csv", Self.deals)
        let noMilestones = try #require(failure(dir))
        #expect(noMilestones.kind == .missingInput)
        #expect(noMilestones.message.hasPrefix("milestones.csv: cannot open \(dir.path)/milestones.csv"))
    }

    @Test func unclosedQuoteIsADataErrorAtTheLineItOpened() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        // Line 3 opens a quote that nothing closes.
        try dir.write("deals.csv", "deal_id,account_id,close_date,acv\nD1,A1,2025-01-01,1\n"
            + "D2,\"A2,2025-01-01,1\nD3,A3,2025-01-01,1\n")
        try dir.write("milestones.csv", "account_id,milestone,status\n")
        let error = try #require(failure(dir))
        #expect(error.kind == .data)
        #expect(error.message.hasPrefix("deals.csv: line 3: a quoted field opened here never closes; "))
    }

    @Test func emptyFileIsADataError() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        try dir.write("deals.csv", "")
        let error = try #require(failure(dir))
        #expect(error.kind == .data)
        #expect(error.message == "deals.csv: the file is empty. It needs a header row naming at least "
            + "deal_id, account_id, close_date, acv, then one row per record.")
    }

    @Test func missingColumnIsADataErrorNamingTheFile() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        try dir.write("deals.csv", "deal_id,account_id,close_date,acv\nD1,A1,2025-01-01,1\n")
        try dir.write("milestones.csv", "Account ID,Milestone Name,Status\nA1,kickoff,done\n")
        let error = try #require(failure(dir))
        #expect(error.kind == .data)
        #expect(error.message.hasPrefix("milestones.csv: missing required column milestone. "
            + #"Headers found: "Account ID", "Milestone Name", "Status"."#))
    }

    @Test func configuredNamesDelimiterAndColumnsApply() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        var config = smallConfig()
        config.data.deals = "crm.csv"
        config.data.milestones = "plan.csv"
        config.csv.delimiter = UInt8(ascii: ";")
        config.csv.dateOrder = .dmy
        config.columns = ["deals": ["close_date": "Closed Won Date", "acv": "Amount"]]
        try dir.write("crm.csv", "deal_id;account_id;Closed Won Date;Amount\n"
            + "D1;A1;4/3/2025;1,5\nD2;A2;4/3/2025;1.5\n")
        try dir.write("plan.csv", "account_id;milestone;status\nA2;kickoff;in progress\n")
        let data = try ingest(dir, config: config)
        // 4/3/2025 read day-first is 4 March; "1,5" is not an amount.
        #expect(data.accounts.map(\.closeDate) == [day("2025-03-04")])
        #expect(data.accounts.map(\.acvCents) == [150])
        #expect(data.rejects.map(\.file) == ["crm.csv"])
        #expect(data.files.map(\.fileName) == ["crm.csv", "plan.csv"])
    }

    @Test func invalidUTF8IsARejectedRow() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        try dir.write("deals.csv", bytes: Array("deal_id,account_id,close_date,acv\nD1,A".utf8) + [0xFF]
            + Array(",2025-01-01,1\nD2,A2,2025-01-01,1\n".utf8))
        try dir.write("milestones.csv", "account_id,milestone,status\n")
        let data = try ingest(dir)
        #expect(data.accounts.map(\.accountID) == ["A2"])
        #expect(data.rejects.map(\.reason) == [
            "column 'account_id' (field 2) is not valid UTF-8 from byte 1 of the field; the file is in another "
                + "encoding (e.g. Windows-1252): re-export it as UTF-8 or UTF-16 (Unicode text)",
        ])
    }
}
