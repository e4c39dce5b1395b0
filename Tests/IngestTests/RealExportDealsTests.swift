@testable import Ingest
import OnboardingModel
import Testing

/// SPEC §3 "deals.csv" won stages and "Real CRM exports" preset additions:
/// renamed won stages, the stage census, the newer HubSpot company columns.
struct RealExportDealsTests {
    private static func ingest(_ header: [String], _ rows: [[String]], config: Config = smallConfig()) throws
        -> (ingest: DealsIngest, accounts: [OnboardedAccount], notes: [DataQualityNote]) {
        var ingest = DealsIngest(config: config, today: day("2026-12-31"))
        try feed(&ingest, header: header, rows: rows)
        let finished = ingest.finish()
        return (ingest, finished.accounts, finished.notes)
    }

    private static let header = ["deal_id", "account_id", "stage", "close_date", "acv"]

    struct StageCase: Sendable, CustomTestStringConvertible {
        let name: String
        let stage: String
        let wonStages: [String]
        let won: Bool
        var testDescription: String { name }
    }

    static let stageCases: [StageCase] = [
        StageCase(name: "default Closed Won", stage: "Closed Won", wonStages: ["closed_won", "closedwon", "won"], won: true),
        StageCase(name: "default closed-won", stage: "closed-won", wonStages: ["closed_won", "closedwon", "won"], won: true),
        StageCase(name: "default closedwon", stage: "closedwon", wonStages: ["closed_won", "closedwon", "won"], won: true),
        StageCase(name: "default skips Closed/Won", stage: "Closed/Won", wonStages: ["closed_won", "closedwon", "won"],
                  won: false),
        StageCase(name: "default skips Signed", stage: "Signed", wonStages: ["closed_won", "closedwon", "won"], won: false),
        // "6 - Closed Won" normalizes to 6_closed_won, as the config's "6 - Closed Won" does.
        StageCase(name: "numbered stage configured", stage: "6 - Closed Won", wonStages: ["6_closed_won"], won: true),
        StageCase(name: "German stage configured", stage: " GEWONNEN ", wonStages: ["gewonnen"], won: true),
        StageCase(name: "configured list replaces the default", stage: "Closed Won", wonStages: ["signed"], won: false),
    ]

    @Test(arguments: stageCases)
    func wonStagesDecideWhichRowsOnboard(_ c: StageCase) throws {
        var config = smallConfig()
        config.deals.wonStages = c.wonStages
        let r = try Self.ingest(Self.header, [["D1", "A1", c.stage, "2026-01-05", "10"]], config: config)
        #expect(r.ingest.tally.accepted == (c.won ? 1 : 0))
        #expect(r.ingest.tally.skipped == (c.won ? 0 : 1))
    }

    @Test func stageCensusCountsEveryDistinctValue() throws {
        var config = smallConfig()
        config.deals.wonStages = ["closed_won", "signed"]
        let rows = [["D1", "A1", "Signed", "2026-01-05", "10"], ["D2", "A2", "Open", "2026-01-05", "10"],
                    ["D3", "A3", "Signed", "2026-01-06", "10"], ["D4", "A4", " Signed ", "2026-01-06", "10"],
                    ["D5", "A5", "Lost", "2026-01-07", "10"], ["D6", "A6", "Open", "not a date", "10"]]
        let r = try Self.ingest(Self.header, rows, config: config)
        // Signed ×3 (one with spaces, trimmed), Open ×2 (one row also rejected for its date: still counted), Lost ×1.
        #expect(r.ingest.stageCounts == [StageCount(value: "Signed", rows: 3, won: true),
                                         StageCount(value: "Open", rows: 2, won: false),
                                         StageCount(value: "Lost", rows: 1, won: false)])
        #expect(r.ingest.noWonRowError() == nil)
    }

    @Test func noWonRowIsADataErrorNamingTheStagesAndTheKey() throws {
        let rows = [["D1", "A1", "Closed/Won", "2026-01-05", "10"], ["D2", "A2", "Open", "2026-01-05", "10"],
                    ["D3", "A3", "Closed/Won", "2026-01-06", "10"]]
        let r = try Self.ingest(Self.header, rows)
        let error = try #require(r.ingest.noWonRowError())
        #expect(error.kind == .data)
        #expect(error.message == """
            deals.csv: no row has a closed-won stage, so no account starts onboarding. stage values found: \
            "Closed/Won" (2), "Open" (1); deals.won_stages is [closed_won, closedwon, won]. If one of these values \
            means closed-won, add it to deals.won_stages in the config, e.g. deals: {won_stages: [closed_won, \
            closedwon, won, "closed/won"]}.
            """)
    }

    @Test func noStageColumnOrNoRowsIsNoError() throws {
        let withoutStage = try Self.ingest(["deal_id", "account_id", "close_date", "acv"], [["D1", "A1", "2026-01-05", "1"]])
        #expect(withoutStage.ingest.noWonRowError() == nil)
        #expect(withoutStage.ingest.stageCounts.isEmpty)
        let empty = try Self.ingest(Self.header, [])
        #expect(empty.ingest.noWonRowError() == nil)
    }

    @Test func churnBeforeCloseIsIgnoredWithANote() throws {
        let header = ["deal_id", "account_id", "close_date", "acv", "churn_date"]
        let r = try Self.ingest(header, [["D1", "A1", "2026-03-01", "1", "2026-02-28"],
                                         ["D2", "A2", "2026-03-01", "1", "2026-03-01"]])
        #expect(r.accounts.map(\.churnDate) == [nil, day("2026-03-01")])
        #expect(r.notes.contains(DataQualityNote(file: "deals.csv",
                                                 message: "churn_date before the account's close date ignored (e.g. 'A1')",
                                                 count: 1)))
    }

    @Test func outOfRangeDatesRejectARequiredDateAndBlankAnOptionalOne() throws {
        let header = ["deal_id", "account_id", "close_date", "acv", "churn_date"]
        let r = try Self.ingest(header, [["D1", "A1", "0001-01-01", "1", ""],
                                         ["D2", "A2", "2026-03-01", "1", "0001-01-01"]])
        #expect(r.ingest.tally.rejects.map(\.line) == [2])
        #expect(r.accounts.map(\.accountID) == ["A2"])
        #expect(r.accounts[0].churnDate == nil)
        #expect(r.notes == [DataQualityNote(file: "deals.csv", message: "renewal_date or churn_date outside the years "
            + "1900-2199 (a placeholder such as 0001-01-01), treated as missing (e.g. '0001-01-01')", count: 1)])
    }

    // MARK: - Presets

    private static func preset(_ preset: Config.Preset) -> Config {
        var config = smallConfig()
        config.csv.preset = preset
        return config
    }

    @Test func hubSpotPrimaryHeadersNameTheAccountAfterTheCompany() throws {
        let header = ["Record ID", "Deal Name", "Deal Stage", "Close Date", "Amount",
                      "Associated Company IDs (Primary)", "Associated Company Name (Primary)"]
        let r = try Self.ingest(header, [["9001", "Acme - New", "closedwon", "2026-06-30", "100", "42", "Acme"]],
                                config: Self.preset(.hubspot))
        #expect(r.accounts.map(\.accountID) == ["42"])
        #expect(r.accounts.map(\.accountName) == ["Acme"])
        #expect(r.ingest.tally.columnSources.first { $0.canonical == "account_name" }?.header
            == "Associated Company Name (Primary)")
    }

    @Test func hubSpotCompanyNameWithoutPrimaryAlsoWinsOverTheDealName() throws {
        let header = ["Record ID", "Deal Name", "Deal Stage", "Close Date", "Amount", "Associated Company IDs",
                      "Associated Company Name"]
        let r = try Self.ingest(header, [["9001", "Acme - New", "closedwon", "2026-06-30", "100", "42;43", "Acme"]],
                                config: Self.preset(.hubspot))
        #expect(r.accounts.map(\.accountID) == ["42"])
        #expect(r.accounts.map(\.accountName) == ["Acme"])
    }

    @Test func hubSpotWithoutACompanyNameKeepsTheDealName() throws {
        let header = ["Record ID", "Deal Name", "Deal Stage", "Close Date", "Amount", "Associated Company IDs (Primary)"]
        let r = try Self.ingest(header, [["9001", "Acme", "closedwon", "2026-06-30", "100", "42"]],
                                config: Self.preset(.hubspot))
        #expect(r.accounts.map(\.accountName) == ["Acme"])
    }

    @Test func salesforceDataExportNameIsNeverTheAccountName() throws {
        let header = ["Id", "AccountId", "Name", "StageName", "CloseDate", "Amount"]
        let r = try Self.ingest(header, [["006A", "001A", "Acme - Renewal", "Closed Won", "2/3/24", "100"]],
                                config: Self.preset(.salesforce))
        #expect(r.accounts.map(\.accountName) == [""])
        #expect(r.accounts.map(\.closeDate) == [day("2024-02-03")])
        #expect(!r.ingest.tally.columnSources.contains { $0.canonical == "account_name" })
    }
}
