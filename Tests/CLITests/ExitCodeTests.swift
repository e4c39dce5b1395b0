import Foundation
import Testing
import TestSupport

/// The sysexits contract of SPEC §2, checked on the real binary.
@Suite struct ExitCodeTests {
    @Test func missingRequiredFileExits66AndNamesIt() throws {
        let dir = try TempDirectory()
        try dir.write("data/milestones.csv", Fixtures.milestones)
        let result = try BinaryRunner.run(["run", "--data", dir.path("data"), "--out", dir.path("out")])
        #expect(result.exitCode == 66)
        #expect(result.stderr.contains("deals.csv"))
        #expect(result.stdout.isEmpty)
    }

    @Test func badUsageExits64() throws {
        let result = try BinaryRunner.run(["run", "--period", "fortnight"])
        #expect(result.exitCode == 64)
    }

    @Test func unknownConfigKeyExits78WithKeyPathAndHint() throws {
        let dir = try TempDirectory()
        try Fixtures.writeExports(into: dir)
        try dir.write("data/onboarding.yaml", "stall:\n  dayz: 9\n")
        let result = try BinaryRunner.run(["run", "--data", dir.path("data"), "--out", dir.path("out")])
        #expect(result.exitCode == 78)
        #expect(result.stderr.contains("stall.dayz"))
        #expect(result.stderr.contains("did you mean"))
        // Config is validated before anything is written.
        #expect(!FileManager.default.fileExists(atPath: dir.path("out/week")))
    }

    @Test func unclosedQuoteExits65NamingTheLine() throws {
        let dir = try TempDirectory()
        let deals = """
            deal_id,account_id,account_name,close_date,acv
            D1,A1,Acme,2026-10-01,1000
            D2,A2,"Globex,2026-10-02,2000
            D3,A3,Initech,2026-10-03,3000

            """
        try Fixtures.writeExports(into: dir, deals: deals)
        let result = try BinaryRunner.run(["run", "--data", dir.path("data"), "--out", dir.path("out")])
        #expect(result.exitCode == 65)
        #expect(result.stderr.contains("deals.csv"))
        #expect(result.stderr.contains("line 3"))
    }

    @Test func missingRequiredColumnExits65NamingHeadersFound() throws {
        let dir = try TempDirectory()
        try Fixtures.writeExports(into: dir, deals: "deal_id,account_id,acv\nD1,A1,100\n")
        let result = try BinaryRunner.run(["run", "--data", dir.path("data"), "--out", dir.path("out")])
        #expect(result.exitCode == 65)
        #expect(result.stderr.contains("close_date"))
        #expect(result.stderr.contains("acv"))
    }

    @Test func rejectRateAboveLimitExits65AndPublishesNothingButRejects() throws {
        let dir = try TempDirectory()
        // 1 of 3 rows rejected (33%) > 5%.
        let deals = """
            deal_id,account_id,close_date,acv
            D1,A1,2026-10-01,1000
            D2,A2,2026-02-30,2000
            D3,A3,2026-10-03,3000

            """
        try Fixtures.writeExports(into: dir, deals: deals, milestones: "account_id,milestone,status\n")
        let result = try BinaryRunner.run(["run", "--data", dir.path("data"), "--out", dir.path("out"),
                                           "--as-of", "2026-11-22"])
        #expect(result.exitCode == 65)
        #expect(result.stderr.contains("max_reject_rate"))
        #expect(!FileManager.default.fileExists(atPath: dir.path("out/week/2026-W47")))
        let rejects = try String(contentsOfFile: dir.path("out/week/2026-W47.rejects.csv"), encoding: .utf8)
        #expect(rejects.contains("2026-02-30"))
        #expect(result.stderr.contains("2026-W47.rejects.csv"))
    }

    @Test func secondConcurrentRunExits75() throws {
        let dir = try TempDirectory()
        try Fixtures.writeExports(into: dir)
        try FileManager.default.createDirectory(atPath: dir.path("out"), withIntermediateDirectories: true)
        // Hold the lock the way a running report would.
        let fd = open(dir.path("out/.lock"), O_RDWR | O_CREAT, 0o644)
        #expect(fd >= 0)
        defer { close(fd) }
        #expect(flock(fd, LOCK_EX | LOCK_NB) == 0)
        let result = try BinaryRunner.run(["run", "--data", dir.path("data"), "--out", dir.path("out")])
        #expect(result.exitCode == 75)
        #expect(result.stderr.contains("locked"))
    }
}
