import Foundation
import Testing
import TestSupport

@Suite struct RunCommandTests {
    @Test func publishesTheWindowDirectoryAndLatestLink() throws {
        let dir = try TempDirectory()
        try Fixtures.writeExports(into: dir)
        let result = try BinaryRunner.run(["run", "--data", dir.path("data"), "--out", dir.path("out"),
                                           "--as-of", "2026-11-22"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        // stdout carries only the published path.
        #expect(result.stdout == dir.path("out/week/2026-W47") + "\n")
        let files = try reportFiles(dir.path("out/week/2026-W47")).filter { !$0.hasPrefix("csm/") }
        #expect(files == ["accounts.csv", "capacity.csv", "cohorts.csv", "completion_trend.svg", "csm_portfolio.csv",
                          "manifest.json", "milestones.csv", "outcomes.csv", "red_flags.csv", "rejects.csv",
                          "resolved_flags.csv", "segments.csv", "stall_trend.svg", "summary.md", "ttv_survival.csv",
                          "ttv_trend.svg"])
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dir.path("out/week/latest")) == "2026-W47")
        // Nothing half-written is left behind.
        let siblings = try FileManager.default.contentsOfDirectory(atPath: dir.path("out/week")).sorted()
        #expect(siblings == ["2026-W47", "latest"])
    }

    @Test func verboseLogsEachFileAndStageWithPeakMemory() throws {
        let dir = try TempDirectory()
        try Fixtures.writeExports(into: dir)
        let result = try BinaryRunner.run(["run", "--verbose", "--data", dir.path("data"), "--out", dir.path("out"),
                                           "--as-of", "2026-11-22"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stderr.contains("Streamed 'deals.csv' in "))
        for stage in ["ingest", "metrics", "write"] {
            #expect(result.stderr.contains("Stage '\(stage)' took "), "\(stage)")
        }
        #expect(result.stderr.contains("peak memory so far"))
        // The timings go to the log only: the report is the same as without the flag.
        let plain = try BinaryRunner.run(["run", "--quiet", "--data", dir.path("data"), "--out", dir.path("plain"),
                                          "--as-of", "2026-11-22"])
        #expect(plain.exitCode == 0)
        for file in ["summary.md", "accounts.csv", "manifest.json"] {
            #expect(FileManager.default.contents(atPath: dir.path("out/week/2026-W47/" + file))
                    == FileManager.default.contents(atPath: dir.path("plain/week/2026-W47/" + file)), "\(file)")
        }
    }

    @Test func quietAndVerboseTogetherAreAUsageError() throws {
        let result = try BinaryRunner.run(["run", "--quiet", "--verbose"])
        #expect(result.exitCode == 64)
        #expect(result.stderr.contains("--quiet and --verbose"))
    }

    @Test func quietPrintsNothingOnSuccess() throws {
        let dir = try TempDirectory()
        try Fixtures.writeExports(into: dir)
        let result = try BinaryRunner.run(["run", "--quiet", "--data", dir.path("data"), "--out", dir.path("out"),
                                           "--as-of", "2026-11-22"])
        #expect(result.exitCode == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.isEmpty)
    }

    @Test func sameInputsGiveByteIdenticalReports() throws {
        let dir = try TempDirectory()
        try Fixtures.writeExports(into: dir)
        for out in ["out1", "out2"] {
            let result = try BinaryRunner.run(["run", "--data", dir.path("data"), "--out", dir.path(out),
                                               "--as-of", "2026-11-22", "--period", "month"])
            #expect(result.exitCode == 0, "\(result.stderr)")
        }
        let first = dir.path("out1/month/2026-10"), second = dir.path("out2/month/2026-10")
        let names = try reportFiles(first)
        #expect(names == (try reportFiles(second)))
        for name in names {
            let a = FileManager.default.contents(atPath: first + "/" + name)
            let b = FileManager.default.contents(atPath: second + "/" + name)
            #expect(a != nil && a == b, "\(name) differs between runs")
        }
    }

    @Test func rerunReplacesTheReport() throws {
        let dir = try TempDirectory()
        try Fixtures.writeExports(into: dir)
        let args = ["run", "--data", dir.path("data"), "--out", dir.path("out"), "--as-of", "2026-11-22"]
        #expect(try BinaryRunner.run(args).exitCode == 0)
        try "stale\n".write(toFile: dir.path("out/week/2026-W47/extra.txt"), atomically: true, encoding: .utf8)
        #expect(try BinaryRunner.run(args).exitCode == 0)
        #expect(!FileManager.default.fileExists(atPath: dir.path("out/week/2026-W47/extra.txt")))
    }

    @Test func defaultAsOfIsTheNewestDateInTheData() throws {
        let dir = try TempDirectory()
        try Fixtures.writeExports(into: dir)
        // The newest date is A3's close, 2026-11-02, a Monday: the last complete
        // week is the one ending Sunday 2026-11-01, ISO week 44.
        let result = try BinaryRunner.run(["run", "--data", dir.path("data"), "--out", dir.path("out")])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.hasSuffix("week/2026-W44\n"))
    }
}
