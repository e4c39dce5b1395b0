@testable import Ingest
import OnboardingModel
import Testing

/// SPEC §3 "accounts.csv (input)": a CRM account export fills what the
/// onboarding deal lacks, never what it has.
struct AccountsIngestTests {
    /// Deals: A1 with no name, segment label or CSM (ACV 10: smb); A2 with
    /// all of them (enterprise by label, though its ACV is small).
    private static func ingest(_ header: [String], _ rows: [[String]], preset: Config.Preset = .none) throws
        -> (ingest: AccountsIngest, accounts: [OnboardedAccount], notes: [DataQualityNote]) {
        var config = smallConfig()
        config.csv.preset = preset
        var deals = DealsIngest(config: config, today: day("2026-12-31"))
        try feed(&deals, header: ["deal_id", "account_id", "account_name", "segment", "csm", "close_date", "acv"],
                 rows: [["D1", "A1", "", "", "", "2026-01-05", "10"],
                        ["D2", "A2", "Beta Deal Co", "enterprise", "Kim", "2026-01-05", "10"]])
        var accounts = deals.finish().accounts
        var ingest = AccountsIngest(config: config, index: AccountIDIndex(accounts))
        try feed(&ingest, header: header, rows: rows)
        let notes = ingest.finish(into: &accounts)
        return (ingest, accounts, notes)
    }

    @Test func fillsOnlyWhatTheDealLacks() throws {
        let r = try Self.ingest(["account_id", "account_name", "segment", "csm", "region"],
                                [["A1", "Alpha Inc", "mid_market", "Lee", "EMEA"],
                                 ["A2", "Beta Inc", "smb", "Max", "AMER"]])
        #expect(r.accounts.map(\.accountName) == ["Alpha Inc", "Beta Deal Co"])
        // A1's segment came from its ACV, so the account's label applies; A2's deal named its own.
        #expect(r.accounts.map(\.segmentIndex) == [1, 0])
        #expect(r.accounts.map(\.csm) == ["Lee", "Kim"])
        // Neither deal had a region.
        #expect(r.accounts.map(\.region) == ["EMEA", "AMER"])
        #expect(r.ingest.tally.accepted == 2)
    }

    @Test func unknownAccountsAreCountedAndRepeatsRejected() throws {
        let r = try Self.ingest(["account_id", "account_name"],
                                [["A1", "Alpha"], ["Z9", "Zeta"], ["A1", "Alpha again"], ["", "Nobody"],
                                 ["Z9", "Zeta again"]])
        #expect(r.accounts[0].accountName == "Alpha")
        // A1 accepted; Z9 skipped (no closed-won deal); the repeats and the empty id rejected.
        #expect(r.ingest.tally.accepted == 1)
        #expect(r.ingest.tally.skipped == 1)
        #expect(r.ingest.tally.rejects.map(\.line) == [4, 5, 6])
        #expect(r.ingest.tally.rejects[0].reason
            == "duplicate account_id \"A1\": the row at line 2 has it and is kept; list each account once")
        #expect(r.notes.contains(DataQualityNote(file: "accounts.csv",
                                                 message: "accounts with no closed-won deal counted and ignored (e.g. 'Z9')",
                                                 count: 1)))
    }

    @Test func placeholdersFillNothing() throws {
        let r = try Self.ingest(["account_id", "account_name", "csm"], [["A1", "n/a", "  "]])
        #expect(r.accounts[0].accountName == "")
        #expect(r.accounts[0].csm == "")
    }

    @Test(arguments: [
        (Config.Preset.salesforce, ["Id", "Name", "Industry"]),
        (.hubspot, ["Record ID", "Company name", "Industry"]),
    ])
    func presetsReadTheCRMsAccountExport(_ preset: Config.Preset, _ header: [String]) throws {
        let r = try Self.ingest(header, [["A1", "Alpha Inc", "Software"]], preset: preset)
        #expect(r.accounts[0].accountName == "Alpha Inc")
        #expect(r.ingest.tally.columnSources == [ColumnSource(canonical: "account_id", header: header[0]),
                                                 ColumnSource(canonical: "account_name", header: header[1])])
    }

    @Test func missingAccountIDColumnNamesThePresetHeaders() {
        #expect(throws: PipelineError.self) {
            _ = try Self.ingest(["Name"], [["Alpha"]], preset: .salesforce)
        }
    }
}
