import Foundation
import Testing
import TestSupport

/// scripts/nightly driven the way cron does, over the committed sample data
/// with fixed run dates and a `sendmail` stand-in that keeps what it was given.
@Suite(.serialized) struct NightlyTests {
    /// A report root, a config with recipients and a capturing sendmail.
    final class Setup {
        let dir: TempDirectory
        var out: String { dir.path("out") }
        var capture: String { dir.path("sent") }

        init() throws {
            dir = try TempDirectory()
            let sample = BinaryRunner.packageRoot.appendingPathComponent("sample-data/onboarding.yaml").path
            let config = try String(contentsOfFile: sample, encoding: .utf8) + """
                email:
                  from: cs-ops@example.com
                  to: [vp-cs@example.com, vp-sales@example.com]

                """
            try dir.write("onboarding.yaml", config)
            try FileManager.default.createDirectory(atPath: capture, withIntermediateDirectories: true)
            let sendmail = try dir.write("sendmail", """
                #!/bin/sh
                # Keeps each message and its arguments as <n>.eml and <n>.args.
                n=$(( $(ls "$CAPTURE" | grep -c '\\.eml$') + 1 ))
                printf '%s\\n' "$*" > "$CAPTURE/$n.args"
                cat > "$CAPTURE/$n.eml"

                """)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: sendmail)
        }

        func nightly(_ date: String, environment extra: [String: String] = [:]) throws -> BinaryResult {
            try NightlyDriver.run(date: date, config: dir.path("onboarding.yaml"), out: out,
                                  sendmail: dir.path("sendmail"), environment: extra.merging(["CAPTURE": capture]) { a, _ in a })
        }

        func list(_ path: String) -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        }

        func sent() throws -> [(args: String, message: Data)] {
            let count = list(capture).filter { $0.hasSuffix(".eml") }.count
            return try (0..<count).map { i in
                (try String(contentsOfFile: capture + "/\(i + 1).args", encoding: .utf8),
                 try Data(contentsOf: URL(fileURLWithPath: capture + "/\(i + 1).eml")))
            }
        }
    }

    @Test func aWeekOfNightsThenTheFirstOfTheMonth() throws {
        let setup = try Setup()
        // Tuesday 2026-11-17 ... Monday 2026-11-23: each night reports the day before.
        for day in 17...23 {
            let run = try setup.nightly("2026-11-\(day)")
            #expect(run.exitCode == 0, "2026-11-\(day): \(run.stderr)")
            #expect(run.stdout.isEmpty && run.stderr.isEmpty, "cron would mail: \(run.stdout)\(run.stderr)")
        }
        #expect(setup.list(setup.out + "/day") == (16...22).map { "2026-11-\($0)" } + ["latest"])
        // Only Monday the 23rd runs the week: W47, Monday 16 to Sunday 22.
        #expect(setup.list(setup.out + "/week") == ["2026-W47", "latest"])
        #expect(!FileManager.default.fileExists(atPath: setup.out + "/month"))
        #expect(setup.list(setup.out + "/logs").count == 7)

        // Day summaries are not emailed by default; the week's is, as written.
        var sent = try setup.sent()
        #expect(sent.count == 1)
        let week = try Data(contentsOf: URL(fileURLWithPath: setup.out + "/week/2026-W47/summary.eml"))
        #expect(sent.first?.args == "-t -oi\n")
        #expect(sent.first?.message == week)
        #expect(String(decoding: week, as: UTF8.self).contains("Subject: Onboarding report, week 2026-W47"))

        // Re-running Monday republishes the same reports: the same message is not sent twice.
        #expect(try setup.nightly("2026-11-23").exitCode == 0)
        #expect(try setup.sent().count == 1)
        #expect(setup.list(setup.out + "/logs").count == 8)

        // Tuesday 1 December: the month report. The sample data ends 2026-11-22, so
        // the day report stays at that day, the month is the last complete one
        // ending by then (October), and the summary says the exports look stale.
        let december = try setup.nightly("2026-12-01")
        #expect(december.exitCode == 0, "\(december.stderr)")
        #expect(setup.list(setup.out + "/month") == ["2026-10", "latest"])
        sent = try setup.sent()
        #expect(sent.count == 2)
        let month = String(decoding: sent.last!.message, as: UTF8.self)
        #expect(month.contains("Subject: Onboarding report, month 2026-10"))
        #expect(month.contains("Stale exports:"))
    }

    @Test func oldDayReportsArePruned() throws {
        let setup = try Setup()
        for day in 20...23 { #expect(try setup.nightly("2026-11-\(day)").exitCode == 0) }
        #expect(setup.list(setup.out + "/day") == ["2026-11-19", "2026-11-20", "2026-11-21", "2026-11-22", "latest"])
        // Run 2026-11-23 keeping 2 days: the cutoff is 2026-11-21; older reports go.
        #expect(try setup.nightly("2026-11-23", environment: ["NIGHTLY_KEEP_DAYS": "2"]).exitCode == 0)
        #expect(setup.list(setup.out + "/day") == ["2026-11-21", "2026-11-22", "latest"])
    }

    @Test func failureIsOneLineAndNonZero() throws {
        let setup = try Setup()
        let run = try setup.nightly("2026-11-23", environment: ["ONBOARDING_DATA": setup.dir.path("missing")])
        // The day report's exit code (66: missing input) is the script's.
        #expect(run.exitCode == 66)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("nightly 2026-11-23: the day report failed (exit 66): "))
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(try setup.sent().isEmpty)
    }

    @Test func oneRunAtATime() throws {
        let setup = try Setup()
        try FileManager.default.createDirectory(atPath: setup.out, withIntermediateDirectories: true)
        let fd = open(setup.out + "/.nightly.lock", O_CREAT | O_RDWR, 0o644)
        defer { close(fd) }
        #expect(flock(fd, LOCK_EX | LOCK_NB) == 0)
        let run = try setup.nightly("2026-11-23")
        #expect(run.exitCode == 75)
        #expect(run.stderr == "nightly: another nightly run holds \(setup.out)/.nightly.lock; this run (2026-11-23) did nothing.\n")
        #expect(!FileManager.default.fileExists(atPath: setup.out + "/day"))
    }

    @Test func staleExportsNeverPruneTheReportJustPublished() throws {
        let setup = try Setup()
        // The sample data ends 2026-11-22; eight weeks later nothing new has arrived.
        let run = try setup.nightly("2027-01-19")
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(setup.list(setup.out + "/day") == ["2026-11-22", "latest"])
        #expect(FileManager.default.fileExists(atPath: setup.out + "/day/latest/summary.md"))
    }

    @Test func mistypedFutureDatePrunesNothingItShouldNot() throws {
        let setup = try Setup()
        for day in 20...23 { #expect(try setup.nightly("2026-11-\(day)").exitCode == 0) }
        // 2036 for 2026: retention counts back from the newest report (2026-11-22), not the date.
        let run = try setup.nightly("2036-11-24")
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(setup.list(setup.out + "/day") == ["2026-11-19", "2026-11-20", "2026-11-21", "2026-11-22", "latest"])
        #expect(setup.list(setup.out + "/logs").count == 5)
    }

    @Test func oldRejectsArePrunedWithTheDayReports() throws {
        let setup = try Setup()
        for day in 22...23 { #expect(try setup.nightly("2026-11-\(day)").exitCode == 0) }
        try FileManager.default.createDirectory(atPath: setup.out + "/day/2026-11-01", withIntermediateDirectories: true)
        for label in ["2026-10-30", "2026-11-21"] {
            try "file,line,reason,raw\n".write(toFile: setup.out + "/day/\(label).rejects.csv", atomically: true,
                                               encoding: .utf8)
        }
        // Keeping 2 days back from the newest report (2026-11-22): 2026-11-21 and 2026-11-22.
        #expect(try setup.nightly("2026-11-23", environment: ["NIGHTLY_KEEP_DAYS": "2"]).exitCode == 0)
        #expect(setup.list(setup.out + "/day") == ["2026-11-21", "2026-11-21.rejects.csv", "2026-11-22", "latest"])
    }

    @Test func failedEmailStillBuildsEveryDueReportThenExits69() throws {
        let setup = try Setup()
        // Monday 1 February 2027: day, week and month are due; both emails fail.
        let run = try setup.nightly("2027-02-01", environment: ["SENDMAIL": "/bin/false"])
        #expect(run.exitCode == 69, "\(run.stderr)")
        #expect(setup.list(setup.out + "/day") == ["2026-11-22", "latest"])
        #expect(setup.list(setup.out + "/week") == ["2026-W47", "latest"])
        #expect(setup.list(setup.out + "/month") == ["2026-10", "latest"])
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.count == 2, "one line per failure: \(run.stderr)")
        #expect(lines.first?.hasPrefix("nightly 2027-02-01: sending \(setup.out)/week/2026-W47/summary.eml with "
            + "'/bin/false -t -oi' failed (exit 1); the report is published, send it by hand (log: ") == true)
        #expect(lines.last?.contains("/month/2026-10/summary.eml") == true)
    }

    @Test func badDateIsAUsageError() throws {
        let setup = try Setup()
        let run = try setup.nightly("2026-02-30")
        #expect(run.exitCode == 64)
        #expect(run.stderr == "nightly: run date '2026-02-30' is not a date; use --date YYYY-MM-DD (or NIGHTLY_DATE).\n")
    }
}
