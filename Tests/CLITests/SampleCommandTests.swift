import Foundation
import Testing
import TestSupport

/// `sample` never overwrites exports or a config unless `--force`, and bounds
/// `--accounts` (SPEC §3 "Robustness").
@Suite struct SampleCommandTests {
    @Test(arguments: ["deals.csv", "surveys.csv", "onboarding.yaml"])
    func refusesToOverwriteAnExistingFile(name: String) throws {
        let dir = try TempDirectory()
        let existing = try dir.write("data/\(name)", "the real export\n")
        let run = try BinaryRunner.run(["sample", "--accounts", "5", "--out", dir.path("data")])
        #expect(run.exitCode == 73)
        #expect(run.stderr == "onboarding-report: error: \(existing) already exists, and sample would overwrite it; "
            + "choose an empty directory for --out, or add --force to replace the files there with sample data.\n")
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "the real export\n")
        // Nothing else was written either.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path("data")) == [name])
    }

    @Test func forceOverwrites() throws {
        let dir = try TempDirectory()
        let config = try dir.write("data/onboarding.yaml", "stall: {days: 99}\n")
        let run = try BinaryRunner.run(["sample", "--accounts", "5", "--out", dir.path("data"), "--force"])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(try String(contentsOfFile: config, encoding: .utf8) != "stall: {days: 99}\n")
        #expect(FileManager.default.fileExists(atPath: dir.path("data/deals.csv")))
    }

    @Test func emptyOrNewDirectoryNeedsNoForce() throws {
        let dir = try TempDirectory()
        try dir.write("data/README.txt", "not an export\n")
        #expect(try BinaryRunner.run(["sample", "--accounts", "5", "--out", dir.path("data")]).exitCode == 0)
        #expect(try BinaryRunner.run(["sample", "--accounts", "5", "--out", dir.path("new/data")]).exitCode == 0)
    }

    @Test(arguments: [("10000001", 64), ("99999999999", 64), ("0", 64)])
    func accountsOutOfRangeIsAUsageError(accounts: String, code: Int32) throws {
        let dir = try TempDirectory()
        // Timed: without the bound, ten million accounts would run for many minutes.
        let run = try TimedBinaryRun(["sample", "--accounts", accounts, "--out", dir.path("data")], timeout: 20)
        #expect(run.exitCode == code)
        #expect(run.stderr.contains("--accounts"))
        #expect(!FileManager.default.fileExists(atPath: dir.path("data")))
    }
}
