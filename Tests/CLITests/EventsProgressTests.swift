import Foundation
import Testing
import TestSupport

/// The per-file progress bar: on stderr for a person at a terminal, never
/// under cron or in a pipe.
@Suite struct EventsProgressTests {
    /// Exports whose events.csv spans three 1 MiB read chunks, so a bar would
    /// be drawn before the file is done.
    private func writeLargeExports(_ dir: TempDirectory) throws {
        try Fixtures.writeExports(into: dir)
        let row = "A1,2026-10-05T10:00:00Z,login,U1\n"
        let count = 3 * (1 << 20) / row.utf8.count
        try dir.write("data/events.csv", "account_id,occurred_at,event,user_id\n"
            + String(repeating: row, count: count))
    }

    /// What a bar draws: a carriage return, an erase-line sequence, a bar.
    private func hasProgressOutput(_ text: String) -> Bool {
        text.contains("\r") || text.contains("\u{1B}[K") || text.contains("[####")
    }

    @Test func noProgressWhenStderrIsNotATerminal() throws {
        let dir = try TempDirectory()
        try writeLargeExports(dir)
        let result = try BinaryRunner.run(["validate", "--data", dir.path("data")])
        #expect(result.exitCode == 0, "\(result.stderr)")
        // Logging still goes to stderr; the bar does not.
        #expect(result.stderr.contains("Read 'events.csv'"))
        #expect(!hasProgressOutput(result.stderr))
        #expect(!hasProgressOutput(result.stdout))
    }

    #if os(Linux)
    /// The control for the test above: on a pseudo-terminal (util-linux
    /// `script`), the same run does draw the bar, and erases it.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func progressOnATerminalUnlessQuiet() throws {
        let dir = try TempDirectory()
        try writeLargeExports(dir)
        let command = "'\(BinaryRunner.executableURL.path)' validate --data '\(dir.path("data"))'"
        let shown = try BinaryRunner.runOnTerminal(command)
        #expect(shown.contains("events.csv ["))
        #expect(shown.contains("% "))
        #expect(shown.contains("\r\u{1B}[K"))
        let quiet = try BinaryRunner.runOnTerminal(command + " --quiet")
        #expect(!hasProgressOutput(quiet.replacingOccurrences(of: "\r\n", with: "\n")))
    }
    #endif
}

extension BinaryRunner {
    /// Runs a shell `command` with its stdout and stderr on a pseudo-terminal
    /// and returns everything the terminal received.
    static func runOnTerminal(_ command: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["--quiet", "--return", "--command", command, "/dev/null"]
        var env = ProcessInfo.processInfo.environment
        env["ONBOARDING_REPORT_TODAY"] = "2026-11-23"
        process.environment = env
        let out = Pipe()
        process.standardOutput = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
