import Foundation
import Testing
import TestSupport

/// What a publish leaves and whom `latest` names (SPEC §7): SIGTERM and SIGINT
/// clean up before the process ends, the next run removes debris of killed
/// runs, `latest` stays on the newest label, and a `latest` that cannot be
/// updated is reported as such.
@Suite struct PublishCleanupTests {
    typealias Helpers = PublishFaultInjectionTests

    @Test(arguments: [("staged", "TERM", SIGTERM), ("staged", "INT", SIGINT), ("exchanged", "TERM", SIGTERM)])
    func terminationSignalRemovesTheStagingBeforeExiting(step: String, name: String, number: Int32) throws {
        let dir = try TempDirectory()
        try Fixtures.writeExports(into: dir)
        let week = dir.path("out/week")
        #expect(try Helpers.run(dir, asOf: "2026-11-22").exitCode == 0)
        let files = Helpers.list(week + "/2026-W47")

        let stopped = try Helpers.run(dir, asOf: "2026-11-22",
                                      environment: [Helpers.killEnvironment: "\(step):\(name)"])
        // Ended by the signal itself, as an unhandled one would, after cleaning up.
        #expect(stopped.signal == number, "exit \(String(describing: stopped.exitCode)): \(stopped.stderr)")
        #expect(stopped.stderr.hasPrefix("onboarding-report: stopped by SIG\(name); removed this run's temporary files ("))
        #expect(stopped.stderr.contains("/week/.staging-2026-W47-"))
        // No debris left for the next run: only the report (old or new, whole) and latest.
        #expect(Helpers.everything(week) == ["2026-W47", "latest"])
        #expect(Helpers.list(week + "/2026-W47") == files)
        #expect(Helpers.resolvedLatest(week) == "2026-W47")
    }

    @Test func nextRunRemovesDebrisOfKilledRunsWithoutFollowingLinks() throws {
        let dir = try TempDirectory()
        try Fixtures.writeExports(into: dir)
        // What killed runs of every period leave, and a planted link that must not be followed.
        try dir.write("out/week/.staging-2026-W47-4242/summary.md", "half\n")
        try dir.write("out/week/.staging-2026-W46-4243-interrupted/summary.md", "half\n")
        try dir.write("out/month/.rejects-2026-10-4244/rejects.csv", "half\n")
        try dir.write("victim/keep.txt", "precious\n")
        try FileManager.default.createDirectory(atPath: dir.path("out/day"), withIntermediateDirectories: true)
        #expect(symlink(dir.path("victim"), dir.path("out/day/.staging-2026-11-22-4245")) == 0)
        #expect(symlink("2026-W47", dir.path("out/week/.latest-4246")) == 0)
        // A report moved aside by a run killed between two renames, whose label is gone.
        try dir.write("out/week/.retired-2026-W40-4247/summary.md", "the W40 report\n")

        let run = try Helpers.run(dir, asOf: "2026-11-22", period: "day")
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(Helpers.everything(dir.path("out/day")) == ["2026-11-22", "latest"])
        #expect(Helpers.everything(dir.path("out/week")) == ["2026-W40"])
        #expect(Helpers.everything(dir.path("out/month")) == [])
        #expect(try String(contentsOfFile: dir.path("out/week/2026-W40/summary.md"), encoding: .utf8)
                == "the W40 report\n")
        #expect(try String(contentsOfFile: dir.path("victim/keep.txt"), encoding: .utf8) == "precious\n")
    }

    @Test func catchUpRunForAnOlderDateLeavesLatestOnTheNewest() throws {
        let dir = try TempDirectory()
        try Fixtures.writeExports(into: dir)
        let week = dir.path("out/week")
        #expect(try Helpers.run(dir, asOf: "2026-11-22").exitCode == 0)
        let catchUp = try Helpers.run(dir, asOf: "2026-11-15")
        #expect(catchUp.exitCode == 0, "\(catchUp.stderr)")
        #expect(Helpers.list(week) == ["2026-W46", "2026-W47", "latest"])
        #expect(Helpers.resolvedLatest(week) == "2026-W47")
        // A dangling latest is repaired by the next run, whatever its label.
        try FileManager.default.removeItem(atPath: week + "/latest")
        #expect(symlink("2026-W01", week + "/latest") == 0)
        #expect(try Helpers.run(dir, asOf: "2026-11-15").exitCode == 0)
        #expect(Helpers.resolvedLatest(week) == "2026-W47")
    }

    @Test func latestThatCannotBeUpdatedIsReportedButTheReportIsPublished() throws {
        let dir = try TempDirectory()
        try Fixtures.writeExports(into: dir)
        // A directory where the link belongs: renaming a link over it fails.
        try dir.write("out/week/latest/notes.txt", "someone's notes\n")
        let run = try TimedBinaryRun(["run", "--data", dir.path("data"), "--out", dir.path("out"),
                                      "--as-of", "2026-11-22"])
        #expect(run.exitCode == 73)
        let report = dir.path("out/week/2026-W47"), latest = dir.path("out/week/latest")
        // stdout still names the published report; the message says what is and is not done.
        #expect(run.stdout == report + "\n")
        #expect(run.stderr.contains("onboarding-report: error: the report is published in \(report), "
            + "but \(latest) could not be pointed at 2026-W47 ("))
        #expect(run.stderr.contains("it is not a link to a report. Remove whatever is at \(latest) and run again, "
            + "or point it by hand: ln -sfn 2026-W47 \(latest)"))
        #expect(FileManager.default.fileExists(atPath: report + "/summary.md"))
        #expect(Helpers.hidden(dir.path("out/week")).isEmpty)
    }

    @Test func crashExits70AskingForAReportWithTheCommandLine() throws {
        let dir = try TempDirectory()
        try Fixtures.writeExports(into: dir)
        let run = try Helpers.run(dir, asOf: "2026-11-22", environment: [Helpers.killEnvironment: "staged:ILL"])
        #expect(run.exitCode == 70, "\(String(describing: run.signal)) \(run.stderr)")
        #expect(run.stderr.hasSuffix("""
            onboarding-report: error: internal error (a bug in onboarding-report, not a problem with your data \
            or config): the run stopped on a crash signal. Please report it with the command line \
            (onboarding-report run --quiet --data \(dir.path("data")) --out \(dir.path("out")) --as-of 2026-11-22 \
            --period week) and, if you can, the exports that trigger it. Files of an unfinished report are \
            removed by the next run.

            """))
        #expect(try Helpers.run(dir, asOf: "2026-11-22").exitCode == 0)
        #expect(Helpers.everything(dir.path("out/week")) == ["2026-W47", "latest"])
    }
}
