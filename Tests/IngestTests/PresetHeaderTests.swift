@testable import Ingest
import OnboardingModel
import Testing

/// `csv.preset` header mappings of SPEC §3 "Real CRM exports".
struct PresetHeaderTests {
    private static func config(_ preset: Config.Preset, columns: [String: [String: String]] = [:]) -> Config {
        var config = smallConfig()
        config.csv.preset = preset
        config.columns = columns
        return config
    }

    private static func ingest(_ preset: Config.Preset, header: [String], rows: [[String]],
                               columns: [String: [String: String]] = [:]) throws
        -> (ingest: DealsIngest, accounts: [OnboardedAccount]) {
        var ingest = DealsIngest(config: config(preset, columns: columns), today: day("2026-12-31"))
        try feed(&ingest, header: header, rows: rows)
        return (ingest, ingest.finish().accounts)
    }

    struct Export: Sendable, CustomTestStringConvertible {
        let name: String
        let preset: Config.Preset
        let header: [String]
        let row: [String]
        var testDescription: String { name }
    }

    static let exports: [Export] = [
        Export(name: "Salesforce report", preset: .salesforce,
               header: ["Opportunity Owner", "Account Name", "Opportunity Name", "Stage", "Close Date", "Amount",
                        "Opportunity ID", "Account ID"],
               row: ["Ann Ames", "Acme", "Acme - New", "Closed Won", "6/30/2026", "1,200.50", "006A1", "001A1"]),
        Export(name: "Salesforce data export", preset: .salesforce,
               header: ["Id", "AccountId", "Name", "StageName", "CloseDate", "Amount", "OwnerId"],
               row: ["006A1", "001A1", "Acme - New", "Closed Won", "2026-06-30", "1200.5", "005X"]),
        Export(name: "HubSpot deals", preset: .hubspot,
               header: ["Record ID", "Deal Name", "Deal Stage", "Close Date", "Deal owner", "Amount",
                        "Associated Company IDs"],
               row: ["006A1", "Acme", "closedwon", "2026-06-30 14:05", "Ann Ames", "1200.50", "001A1"]),
    ]

    @Test(arguments: exports)
    func mapsTheToolsHeaders(_ export: Export) throws {
        let r = try Self.ingest(export.preset, header: export.header, rows: [export.row])
        #expect(r.ingest.tally.rejects == [])
        let account = try #require(r.accounts.first)
        #expect(account.dealID == "006A1")
        #expect(account.accountID == "001A1")
        #expect(account.closeDate == day("2026-06-30"))
        // 1,200.50 → 120050 cents in every spelling.
        #expect(account.acvCents == 120_050)
        // The data export has no owner name, and its `Name` is the opportunity's.
        if export.name != "Salesforce data export" {
            #expect(account.accountName == "Acme")
            #expect(account.ae == "Ann Ames")
        }
    }

    @Test func salesforceDatesFollowTheUsersLocale() throws {
        // A European user's report writes 30/06/2026; csv.date_order: dmy reads it.
        var config = Self.config(.salesforce)
        config.csv.dateOrder = .dmy
        var ingest = DealsIngest(config: config, today: day("2026-12-31"))
        var row = Self.exports[0].row
        row[4] = "30/06/2026"
        try feed(&ingest, header: Self.exports[0].header, rows: [row])
        #expect(ingest.finish().accounts.map(\.closeDate) == [day("2026-06-30")])
    }

    @Test func withoutThePresetTheToolsHeadersAreMissingColumns() {
        #expect {
            _ = try Self.ingest(.none, header: Self.exports[0].header, rows: [])
        } throws: { error in
            let message = (error as? PipelineError)?.message ?? ""
            // Account ID and Close Date normalize to canonical names; the others do not.
            return message.hasPrefix("deals.csv: missing required columns deal_id, acv.")
                && message.hasSuffix("or for a Salesforce or HubSpot export set csv.preset (or --preset) "
                    + "to salesforce or hubspot.")
        }
    }

    @Test func missingColumnUnderAPresetNamesTheHeadersItLooksFor() {
        #expect {
            _ = try Self.ingest(.salesforce, header: ["Opportunity ID", "Account ID", "Close Date"], rows: [])
        } throws: { error in
            (error as? PipelineError)?.message.hasPrefix(
                #"deals.csv: missing required column acv (the salesforce preset looks for "Amount")."#) == true
        }
    }

    @Test func columnsWinOverThePreset() throws {
        // The report has both Amount and a custom ARR field; columns: picks ARR.
        let header = ["Opportunity ID", "Account ID", "Close Date", "Amount", "ARR (USD)"]
        let r = try Self.ingest(.salesforce, header: header, rows: [["006A1", "001A1", "2026-06-30", "5", "7"]],
                                columns: ["deals": ["acv": "ARR (USD)"]])
        #expect(r.accounts.first?.acvCents == 700)
    }

    @Test func thePresetWinsOverACanonicallyNamedColumn() throws {
        // HubSpot's Record ID is the deal; a custom "deal_id" column is not.
        let header = ["Record ID", "deal_id", "Associated Company IDs", "Close Date", "Amount"]
        let r = try Self.ingest(.hubspot, header: header, rows: [["77", "legacy-9", "501", "2026-06-30", "5"]])
        #expect(r.accounts.first?.dealID == "77")
    }

    @Test(arguments: [
        ("one company", "501", "501"),
        ("several companies: the first", "501;502", "501"),
        ("spaces around the ids", " 501 ; 502 ", "501"),
        ("an empty first item", ";502", "502"),
    ])
    func hubSpotTakesTheFirstAssociatedCompany(_ name: String, _ field: String, _ expected: String) throws {
        let header = ["Record ID", "Associated Company IDs", "Close Date", "Amount"]
        let r = try Self.ingest(.hubspot, header: header, rows: [["77", field, "2026-06-30", "5"]])
        #expect(r.accounts.map(\.accountID) == [expected], "\(name)")
    }

    @Test func hubSpotDealWithoutACompanyIsRejected() throws {
        let header = ["Record ID", "Associated Company IDs", "Close Date", "Amount"]
        let r = try Self.ingest(.hubspot, header: header, rows: [["77", ";", "2026-06-30", "5"]])
        #expect(r.ingest.tally.rejects.map(\.reason)
            == ["Associated Company IDs (account_id) is empty; every row needs one"])
    }

    @Test func hubSpotStageSpellingsAreClosedWonOrSkipped() throws {
        let header = ["Record ID", "Associated Company IDs", "Deal Stage", "Close Date", "Amount"]
        let r = try Self.ingest(.hubspot, header: header, rows: [
            ["1", "501", "closedwon", "2026-06-30", "5"],
            ["2", "502", "Closed Won", "2026-06-30", "5"],
            ["3", "503", "closedlost", "2026-06-30", "5"],
            ["4", "504", "appointmentscheduled", "2026-06-30", "5"],
        ])
        #expect(r.accounts.map(\.accountID) == ["501", "502"])
        #expect(r.ingest.tally.skipped == 2)
    }

    @Test func rejectReasonsNameTheExportsHeader() throws {
        let header = Self.exports[0].header
        var row = Self.exports[0].row
        row[5] = "lots"
        let r = try Self.ingest(.salesforce, header: header, rows: [row])
        #expect(r.ingest.tally.rejects.map(\.reason)
            == ["Amount (acv) \"lots\" is not an amount; accepted: \(acceptedMoneyFormats)"])
    }
}
