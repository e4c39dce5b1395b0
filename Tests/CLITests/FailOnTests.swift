import Foundation
import Testing
import TestSupport

/// `--fail-on`: the report is published either way; exit 3 tells cron to alert.
@Suite struct FailOnTests {
    /// The fixture at as-of 2026-11-22: A3 (smb, closed 11-02) has had no
    /// progress for 20 days (critical stall) and a handoff score of 0 (warning);
    /// A2 (mid_market) has a handoff score of 0.1 (warning).
    @Test(arguments: [("never", 0), ("critical", 3), ("warning", 3)])
    func exitsThreeWhenFlagsReachTheSeverity(failOn: String, exitCode: Int32) throws {
        let dir = try TempDirectory()
        try Fixtures.writeExports(into: dir)
        let result = try BinaryRunner.run(["run", "--data", dir.path("data"), "--out", dir.path("out"),
                                           "--as-of", "2026-11-22", "--fail-on", failOn])
        #expect(result.exitCode == exitCode, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.path("out/week/2026-W47/red_flags.csv")))
        if exitCode == 3 { #expect(result.stderr.contains("red_flags.csv")) }
    }

    @Test func warningsAloneDoNotTripCritical() throws {
        let dir = try TempDirectory()
        // One fresh account whose only flag is an incomplete handoff (a warning).
        try Fixtures.writeExports(into: dir,
                                  deals: "deal_id,account_id,close_date,acv\nD1,A1,2026-11-20,1000\n",
                                  milestones: "account_id,milestone,status,completed_date\nA1,kickoff,complete,2026-11-21\n")
        let args = ["run", "--data", dir.path("data"), "--out", dir.path("out"), "--as-of", "2026-11-22"]
        #expect(try BinaryRunner.run(args + ["--fail-on", "critical"]).exitCode == 0)
        #expect(try BinaryRunner.run(args + ["--fail-on", "warning"]).exitCode == 3)
    }
}
