import Foundation
import Testing
import TestSupport

/// Issue 10 (items 2, 13, 25): what a person reads when an input or a path is
/// wrong, checked on the real binary: a line to look at, a path and what is
/// wrong with it, never a raw escape sequence or an NSError domain.
@Suite struct ActionableMessageTests {
    @Test func quoteClosedMidFieldExits65NamingTheLine() throws {
        let dir = try TempDirectory()
        var deals = "deal_id,account_id,account_name,stage,close_date,acv\n"
            + "D1,A1,Acme,Closed Won,2026-10-01,1000\nD2,A2,\"Acme\"Inc,Closed Won,2026-10-02,2000\n"
        for i in 3...10 { deals += "D\(i),A\(i),\"Co \(i)\",Closed Won,2026-10-0\(i % 9 + 1),\(i)000\n" }
        try Fixtures.writeExports(into: dir, deals: deals)
        let result = try BinaryRunner.run(["run", "--data", dir.path("data"), "--out", dir.path("out")])
        #expect(result.exitCode == 65)
        #expect(result.stderr.contains("deals.csv: line 3: a quoted field is closed by a quote that is followed by more text"))
        #expect(!result.stderr.contains("never closes"))
    }

    @Test func escapeSequencesFromAnExportNeverReachTheTerminal() throws {
        // ESC ] 0 ; … BEL retitles the window; ESC [ 2 J clears the screen.
        let dir = try TempDirectory()
        try Fixtures.writeExports(into: dir, deals: Fixtures.deals
            + "D5,A5,Evil,Closed Won,2026-10-04,\"\u{1B}]0;pwned\u{07}\u{1B}[2J\u{202E}\",,,\n")
        let result = try BinaryRunner.run(["validate", "--data", dir.path("data")])
        let printed = result.stdout + result.stderr
        #expect(printed.contains(#"\x1b]0;pwned\x07\x1b[2J"#))
        #expect(!printed.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{202E}" })
    }

    @Test func outUnderAFileSaysWhichPathIsAFile() throws {
        let dir = try TempDirectory()
        try Fixtures.writeExports(into: dir)
        try dir.write("notadir", "x")
        let result = try BinaryRunner.run(["run", "--data", dir.path("data"), "--out", dir.path("notadir/sub")])
        #expect(result.exitCode == 73)
        #expect(result.stderr.contains("\(dir.path("notadir")) is a file, not a directory"))
        #expect(!result.stderr.contains("NSCocoaErrorDomain"))
    }

    @Test func configThatIsADirectoryOrAFIFOIsNamedSo() throws {
        let dir = try TempDirectory()
        try Fixtures.writeExports(into: dir)
        try FileManager.default.createDirectory(atPath: dir.path("conf.d"), withIntermediateDirectories: true)
        let asDirectory = try BinaryRunner.run(["validate", "--data", dir.path("data"), "--config", dir.path("conf.d")])
        #expect(asDirectory.exitCode == 66)
        #expect(asDirectory.stderr.contains("\(dir.path("conf.d")) is a directory, not a configuration file"))
        #expect(mkfifo(dir.path("pipe.yaml"), 0o600) == 0)
        // Reading a FIFO with no writer would block for ever.
        let asFIFO = try BinaryRunner.run(["validate", "--data", dir.path("data"), "--config", dir.path("pipe.yaml")])
        #expect(asFIFO.exitCode == 66)
        #expect(asFIFO.stderr.contains("is a FIFO (named pipe), not a configuration file"))
    }

    @Test func aSmallRejectRateLimitIsShownExactly() throws {
        // 1 bad row of 4 is 25%; a limit of 0.0001 is 0.01%, which "0.0%" hid.
        let dir = try TempDirectory()
        try Fixtures.writeExports(into: dir, deals: Fixtures.deals + "D5,A5,Bad,Closed Won,someday,5000,,,\n")
        try dir.write("data/onboarding.yaml", "thresholds: {max_reject_rate: 0.0001}\n")
        let result = try BinaryRunner.run(["validate", "--data", dir.path("data")])
        #expect(result.exitCode == 65)
        #expect(result.stderr.contains("deals.csv: 1 of 5 rows rejected (20.00%), above thresholds.max_reject_rate 0.01%."))
    }
}
