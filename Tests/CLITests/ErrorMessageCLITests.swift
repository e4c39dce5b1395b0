import Foundation
import Testing
import TestSupport

/// What a new user reads on stderr when a run stops, pinned word for word.
@Suite struct ErrorMessageCLITests {
    private static let prefix = "onboarding-report: error: "

    @Test func missingExportNamesPathAndFixes() throws {
        let dir = try TempDirectory()
        try dir.write("data/milestones.csv", Fixtures.milestones)
        let result = try BinaryRunner.run(["run", "--quiet", "--data", dir.path("data"), "--out", dir.path("out")])
        #expect(result.exitCode == 66)
        #expect(result.stderr == Self.prefix + "deals.csv: cannot open \(dir.path("data"))/deals.csv (No such file "
            + "or directory). Put the deals export there, point --data at the directory that holds it, or set "
            + "data.deals in the config to its file name.\n")
    }

    @Test func rejectGateShowsRateFirstRejectAndWhereTheRestAre() throws {
        let dir = try TempDirectory()
        let deals = "deal_id,account_id,close_date,acv\nD1,A1,30/06/2026,5\nD2,A2,2026-06-30,5\n"
        try Fixtures.writeExports(into: dir, deals: deals, milestones: "account_id,milestone,status\n")
        let result = try BinaryRunner.run(["run", "--quiet", "--data", dir.path("data"), "--out", dir.path("out"),
                                           "--as-of", "2026-11-22"])
        #expect(result.exitCode == 65)
        // 1 of 2 rows is 50.0%.
        #expect(result.stderr == Self.prefix + "deals.csv: 1 of 2 rows rejected (50.0%), above "
            + "thresholds.max_reject_rate 5.0%. First rejected row: deals.csv line 2: close_date \"30/06/2026\" is "
            + "not a date in M/D/YYYY order; if the export writes day first, set csv.date_order: dmy. No report was "
            + "published; every rejected row and its reason is in \(dir.path("out"))/week/2026-W47.rejects.csv. "
            + "Fix the export, or raise thresholds.max_reject_rate if these rows are expected.\n")
    }

    @Test func presetColumnMissingNamesTheHeadersItLooksFor() throws {
        let dir = try TempDirectory()
        try Fixtures.writeExports(into: dir, deals: "Record ID,Deal Name,Amount\n1,Acme,5\n")
        let result = try BinaryRunner.run(["run", "--quiet", "--data", dir.path("data"), "--out", dir.path("out"),
                                           "--preset", "hubspot"])
        #expect(result.exitCode == 65)
        #expect(result.stderr == Self.prefix + "deals.csv: missing required columns account_id (the hubspot preset "
            + #"looks for "Associated Company IDs (Primary)" or "Associated Company IDs"), close_date (the hubspot preset looks for "Close Date"). "#
            + #"Headers found: "Record ID", "Deal Name", "Amount". Rename the export's header or map it in the "#
            + #"config, e.g. columns: {deals: {account_id: "<header in deals.csv>"}}."# + "\n")
    }
}
