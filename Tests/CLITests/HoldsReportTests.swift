import Foundation
import Testing
import TestSupport

/// holds.csv through the real binary (as-of 2026-11-22, a Sunday: S = 2026-11-22). Five smb
/// accounts (TTV target 14) closed 2026-10-01, 52 days before S.
@Suite struct HoldsReportTests {
    static let deals = """
        deal_id,account_id,close_date,acv
        D1,A1,2026-10-01,5000
        D2,A2,2026-10-01,5000
        D3,A3,2026-10-01,5000
        D4,A4,2026-10-01,5000
        D5,A5,2026-10-01,5000

        """
    static let milestones = """
        account_id,milestone,status,completed_date
        A1,first_value,complete,2026-10-21
        A3,first_value,complete,2026-10-21

        """
    /// A1: customer hold 10-05 … 10-14 (10 days) before its first value on 10-21: TTV 20 − 10 = 10.
    /// A2: open customer hold since 10-10: through S 44 days (22 in October, 22 in November).
    /// A3: a vendor hold over the same days as A1's subtracts nothing: TTV 20.
    /// A4: end before start, rejected. X9: not in deals, counted.
    static let holds = """
        account_id,start_date,end_date,owner,reason
        A1,2026-10-05,2026-10-15,customer,Security review
        A2,2026-10-10,,,Customer reorganisation
        A3,2026-10-05,2026-10-15,vendor,Our connector bug
        A4,2026-10-20,2026-10-10,customer,Typo
        X9,2026-10-01,,customer,Unknown account

        """

    /// Runs the report of these exports in `dir`; returns its directory.
    static func runReport(_ dir: TempDirectory) throws -> String {
        try dir.write("data/deals.csv", Self.deals)
        try dir.write("data/milestones.csv", Self.milestones)
        try dir.write("data/holds.csv", Self.holds)
        try dir.write("data/onboarding.yaml", "thresholds: {max_reject_rate: 0.5}\n")
        let result = try BinaryRunner.run(["run", "--quiet", "--data", dir.path("data"), "--out", dir.path("out"),
                                           "--as-of", "2026-11-22"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        return dir.path("out/week/2026-W47")
    }


    @Test func netDaysHoldColumnsFlagsAndSurvival() throws {
        let dir = try TempDirectory()
        let report = try Self.runReport(dir)
        let accounts = try ReportTables.rows(report + "/accounts.csv")
        #expect(try ReportTables.column("ttv_days", of: accounts) == ["10", "", "20", "", ""])
        #expect(try ReportTables.column("hold_days", of: accounts) == ["10", "44", "0", "0", "0"])
        #expect(try ReportTables.column("on_hold", of: accounts) == ["false", "true", "false", "false", "false"])
        // A1 and A3 last progressed 10-21 (32 days), A4 and A5 never (52): stalled; A2 is on hold.
        #expect(try ReportTables.column("stalled", of: accounts) == ["true", "false", "true", "true", "true"])

        let flags = try String(contentsOfFile: report + "/red_flags.csv", encoding: .utf8)
        #expect(flags.contains("warning,on_hold_long,account,A2,smb,,44,30,"))
        // On hold, so no stalled flag for A2 (SPEC §5), only for A1, A3, A4 and A5.
        #expect(!flags.contains(",stalled,account,A2,"))
        #expect(["A1", "A3", "A4", "A5"].allSatisfy { flags.contains(",stalled,account,\($0),") })
        #expect(flags.contains("Customer reorganisation"))

        // Observations: A2 censored at 52 − 43 = 9, A1 reached 10, A3 reached 20, A4 and A5
        // censored at 52. t=10: n 4, d 1 → 3/4; t=20: n 3, d 1 → 1/2: median 20.
        // Reached by 14 = 1/4, by 30 = 1/2; naive median of 10 and 20 = 15.0.
        let survival = try ReportTables.rows(report + "/ttv_survival.csv")
        let row = try #require(survival.first { $0[0] == "smb" && $0[1] == "2026-10" })
        #expect(Array(row[2...5]) == ["5", "2", "3", "20"])
        #expect(row[8] == "0.2500" && row[11] == "0.5000" && row[14] == "15.0")

        let rejects = try String(contentsOfFile: report + "/rejects.csv", encoding: .utf8)
        #expect(rejects.contains("holds.csv,5,\"end_date \"\"2026-10-10\"\" is before start_date"))

        // The window 11-16 … 11-22: only A2's hold, 7 days.
        let summary = try String(contentsOfFile: report + "/summary.md", encoding: .utf8)
        #expect(summary.contains("**Customer holds:** 1 onboarding on hold at the snapshot; 7 customer-hold days "
                                 + "of 1 account left off the onboarding clock in this week."))
        #expect(summary.contains("holds of accounts not found in deals counted and ignored (e.g. 'X9')"))
        #expect(summary.contains("| holds.csv "))
    }
}
