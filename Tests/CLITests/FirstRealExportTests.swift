import Foundation
import Testing
import TestSupport

/// The README's "Your first real export" walkthrough, run for real on the
/// exports under Tests/RealExports: a Salesforce org exported by object and
/// re-saved through Excel (two-digit years, 12-hour date-times, a renamed won
/// stage, names only in the Account export, a Task export as milestones) and
/// a HubSpot deals export with the newer "(Primary)" company columns.
@Suite struct FirstRealExportTests {
    private static func exports(_ name: String) -> String {
        BinaryRunner.packageRoot.appendingPathComponent("Tests/RealExports/\(name)").path
    }

    /// Copies an export directory, so a test can change its config.
    private static func copy(_ name: String, into dir: TempDirectory) throws -> String {
        let source = exports(name)
        for file in try FileManager.default.contentsOfDirectory(atPath: source) {
            let text = try String(contentsOfFile: source + "/" + file, encoding: .utf8)
            try dir.write("\(name)/\(file)", text)
        }
        return dir.path(name)
    }

    @Test func salesforceExcelExportValidatesWithAFewLinesOfConfig() throws {
        let result = try BinaryRunner.run(["validate", "--data", Self.exports("salesforce-excel")])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let out = result.stdout
        // Every row read; the two opportunities not won skipped; no row rejected in any file.
        #expect(out.contains("""
            file             read  accepted  skipped  rejected
            Opportunity.csv     8         6        2         0
            Task.csv           14        13        1         0
            Account.csv         8         5        3         0
            """))
        // The stage census and the mapping the tool chose.
        #expect(out.contains("  won      6  \"6 - Closed Won\""))
        #expect(out.contains("  not won  1  \"5 - Negotiation\""))
        #expect(out.contains("  close_date <- \"CloseDate\""))
        #expect(out.contains("  account_name <- \"Name\""))
        #expect(out.contains("  completed_date <- \"CompletedDateTime\""))
        #expect(out.contains("Handoff data is absent"))
        // Account.csv fills the names of the five onboarded accounts and counts the three others.
        #expect(out.contains("Account.csv: accounts with no closed-won deal counted and ignored"))
    }

    @Test func salesforceExcelExportReportsNamesFromTheAccountExport() throws {
        let dir = try TempDirectory()
        let result = try BinaryRunner.run(["run", "--data", Self.exports("salesforce-excel"), "--out", dir.path("out"),
                                           "--as-of", "2026-03-31", "--period", "month", "--quiet"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let accounts = try String(contentsOfFile: dir.path("out/month/2026-03/accounts.csv"), encoding: .utf8)
        // Names from Account.csv; 1/12/26 is 2026-01-12; the Opportunity's own Name is never the account's.
        #expect(accounts.contains("001Ec00000GGw3iIAD,Acme Corp,enterprise,2026-01,2026-01-12,120000.00,"))
        #expect(accounts.contains("001Ec00000GGw3lIAD,\"Umbrella, Inc.\",mid_market,2026-02,2026-02-16,45000.00,"))
        #expect(!accounts.contains("New Business"))
        // Initech: first report shared 02/16/26 12:00 AM, 14 days after the 2/2/26 close.
        #expect(accounts.contains("001Ec00000GGw3kIAD,Initech,smb,2026-02,2026-02-02,8000.00,"))
        let initech = try #require(accounts.split(separator: "\n").first { $0.hasPrefix("001Ec00000GGw3kIAD") })
        #expect(initech.contains(",2026-02-16,14,"))
        // No handoff data: empty handoff score, and no handoff_incomplete flag.
        let flags = try String(contentsOfFile: dir.path("out/month/2026-03/red_flags.csv"), encoding: .utf8)
        #expect(!flags.contains("handoff_incomplete"))
        let summary = try String(contentsOfFile: dir.path("out/month/2026-03/summary.md"), encoding: .utf8)
        #expect(summary.contains("Handoff data is absent"))
    }

    @Test func withoutWonStagesTheRunStopsNamingTheStagesAndTheKey() throws {
        let dir = try TempDirectory()
        let data = try Self.copy("salesforce-excel", into: dir)
        let config = try String(contentsOfFile: data + "/onboarding.yaml", encoding: .utf8)
        try dir.write("salesforce-excel/onboarding.yaml",
                      config.replacingOccurrences(of: "deals: {won_stages: [\"6 - Closed Won\"]}\n", with: ""))
        for command in ["validate", "run"] {
            let result = try BinaryRunner.run([command, "--data", data]
                                              + (command == "run" ? ["--out", dir.path("out")] : []))
            #expect(result.exitCode == 65)
            #expect(result.stderr.contains("Opportunity.csv: no row has a closed-won stage"))
            #expect(result.stderr.contains("\"6 - Closed Won\" (6), \"5 - Negotiation\" (1), \"Closed Lost\" (1)"))
            #expect(result.stderr.contains("add it to deals.won_stages"))
        }
    }

    @Test func hubSpotExportNamesAccountsAfterTheCompany() throws {
        let dir = try TempDirectory()
        let result = try BinaryRunner.run(["run", "--data", Self.exports("hubspot"), "--out", dir.path("out"),
                                           "--as-of", "2026-03-31", "--period", "month", "--quiet"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let accounts = try String(contentsOfFile: dir.path("out/month/2026-03/accounts.csv"), encoding: .utf8)
        #expect(accounts.contains("51001,Acme Corp,enterprise,2026-01,2026-01-12,120000.00,Ann Ames,"))
        #expect(!accounts.contains("Acme - New"))
    }

    @Test func quietWindowAndFutureAsOfAreNamed() throws {
        let dir = try TempDirectory()
        // The week of 2026-03-16..22 has no close, milestone or churn in the HubSpot export.
        let quiet = try BinaryRunner.run(["run", "--data", Self.exports("hubspot"), "--out", dir.path("out"),
                                          "--as-of", "2026-03-25", "--quiet"])
        #expect(quiet.exitCode == 0, "\(quiet.stderr)")
        let summary = try String(contentsOfFile: dir.path("out/week/2026-W12/summary.md"), encoding: .utf8)
        #expect(summary.contains("the week 2026-W12 has no activity; did you mean --period month or another --as-of?"))
        // Today is pinned to 2026-11-23 by BinaryRunner.
        let future = try BinaryRunner.run(["run", "--data", Self.exports("hubspot"), "--out", dir.path("out"),
                                           "--as-of", "2026-12-31", "--period", "month", "--quiet"])
        #expect(future.exitCode == 0, "\(future.stderr)")
        let later = try String(contentsOfFile: dir.path("out/month/2026-12/summary.md"), encoding: .utf8)
        #expect(later.contains("The as-of date 2026-12-31 is after today (2026-11-23)"))
    }

    @Test(arguments: ["0001-01-01", "1899-12-31", "2200-01-01", "9999-12-31"])
    func asOfOutsideTheDateYearsIsAUsageError(_ asOf: String) throws {
        let result = try BinaryRunner.run(["run", "--data", Self.exports("hubspot"), "--as-of", asOf])
        #expect(result.exitCode == 64)
        #expect(result.stderr.contains("--as-of \(asOf) is outside the years 1900-2199"))
    }
}
