import Foundation
import Testing
import TestSupport

/// events.csv and surveys.csv through the real binary: day-7 engagement, its
/// red flag and onboarding NPS in the published report (as-of 2026-11-22, a
/// Sunday, so the week's snapshot S is 2026-11-22).
@Suite struct EventsReportTests {
    /// Five smb accounts closed 2026-10-01 (eligible: S − close = 52 ≥ 7) and
    /// one closed 2026-11-18 (S − close = 4: not yet eligible).
    static let deals = """
        deal_id,account_id,close_date,acv
        D1,A1,2026-10-01,5000
        D2,A2,2026-10-01,5000
        D3,A3,2026-10-01,5000
        D4,A4,2026-10-01,5000
        D5,A5,2026-10-01,5000
        D6,A6,2026-11-18,5000

        """
    static let events = """
        account_id,occurred_at,event,user_id
        A1,2026-10-07T12:00:00Z,login,U1
        A2,2026-10-08T00:00:00Z,report_created,U2
        A3,2026-09-30T23:00:00Z,login,U3
        A3,2026-10-20T09:00:00Z,login,U3
        A4,2026-10-07T23:30:00-02:00,login,U4
        A5,2026-10-08T01:00:00+02:00,LOGIN,U5
        A6,2026-11-18T08:00:00Z,login,U6
        X9,2026-10-02T08:00:00Z,login,U9

        """
    // A1 close + 6: engaged. A2 close + 7: not. A3 only before close, then day 19: not.
    // A4 is 01:30 UTC on 10-08 (close + 7): not. A5 is 23:00 UTC on 10-07 (close + 6): engaged.
    static let surveys = """
        account_id,responded_at,score
        A1,2026-11-01,10
        A2,2026-11-02,9
        A3,2026-11-03,9
        A4,2026-11-04,7
        A5,2026-11-05,0
        A2,2026-11-25,0

        """

    private func runReport(_ dir: TempDirectory) throws -> String {
        try dir.write("data/deals.csv", Self.deals)
        try dir.write("data/milestones.csv", "account_id,milestone,status,completed_date\n")
        try dir.write("data/events.csv", Self.events)
        try dir.write("data/surveys.csv", Self.surveys)
        let result = try BinaryRunner.run(["run", "--quiet", "--data", dir.path("data"), "--out", dir.path("out"),
                                           "--as-of", "2026-11-22"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        return dir.path("out/week/2026-W47")
    }


    @Test func dayOneToSevenEngagementPerAccountAndCohort() throws {
        let dir = try TempDirectory()
        let report = try runReport(dir)
        let accounts = try ReportTables.rows(report + "/accounts.csv")
        #expect(try ReportTables.column("account_id", of: accounts) == ["A1", "A2", "A3", "A4", "A5", "A6"])
        #expect(try ReportTables.column("day7_engaged", of: accounts) == ["true", "false", "false", "false", "true", ""])

        // Cohort 2026-10: 2 engaged of 5 eligible = 0.4; cohort 2026-11 has none eligible.
        let cohorts = try ReportTables.rows(report + "/cohorts.csv")
        #expect(try ReportTables.column("cohort", of: cohorts) == ["2026-10", "2026-11"])
        #expect(try ReportTables.column("day7_engagement_rate", of: cohorts) == ["0.4000", ""])

        let flags = try ReportTables.rows(report + "/red_flags.csv").filter { $0[1] == "no_early_engagement" }
        #expect(flags.map { $0[3] } == ["A2", "A3", "A4"])
        #expect(flags.allSatisfy { $0[0] == "warning" && $0[6] == "0" && $0[7] == "1" })
    }

    @Test func onboardingNPSCountsResponsesUpToTheSnapshot() throws {
        let dir = try TempDirectory()
        let report = try runReport(dir)
        // Up to S: 10, 9, 9, 7, 0 → 3 promoters, 1 detractor of 5: (3 − 1) / 5 × 100 = 40.0.
        // A2's 0 on 11-25 is after S; counted it would give (3 − 2) / 6 × 100 = 16.7.
        let cohorts = try ReportTables.rows(report + "/cohorts.csv")
        #expect(try ReportTables.column("onboarding_nps", of: cohorts) == ["40.0", ""])
        let segments = try ReportTables.rows(report + "/segments.csv")
        #expect(try ReportTables.column("onboarding_nps", of: segments).last == "40.0")
    }

    @Test func unknownAccountEventsAreCountedInDataQuality() throws {
        let dir = try TempDirectory()
        let report = try runReport(dir)
        let summary = try String(contentsOfFile: report + "/summary.md", encoding: .utf8)
        #expect(summary.contains("events of accounts not found in deals counted and ignored (e.g. 'X9')"))
        #expect(try String(contentsOfFile: report + "/rejects.csv", encoding: .utf8)
            == "file,line,reason,raw\n")
    }
}
