import Foundation
import Testing
import TestSupport

/// SPEC §3 "Inputs are regular files": anything else at an input's path exits
/// 66 naming it, without blocking; an optional input that is there but cannot
/// be read is an error, not an absent file; a zero-byte optional file counts as
/// absent with a data-quality note.
@Suite struct InputFileKindTests {
    struct Planted: CustomTestStringConvertible, Sendable {
        var name: String
        var file: String
        /// What the message must say about the file.
        var says: String
        var plant: @Sendable (_ path: String) -> Void
        var testDescription: String { "\(name) as \(file)" }
    }

    static let cases: [Planted] = [
        Planted(name: "FIFO without a writer", file: "deals.csv", says: "it is a FIFO (named pipe), not a regular file") {
            mkfifo($0, 0o644)
        },
        Planted(name: "optional FIFO", file: "events.csv", says: "it is a FIFO (named pipe), not a regular file") {
            mkfifo($0, 0o644)
        },
        Planted(name: "link to /dev/zero", file: "deals.csv", says: "it is a character device, not a regular file") {
            symlink("/dev/zero", $0)
        },
        Planted(name: "optional /dev/zero", file: "surveys.csv", says: "it is a character device, not a regular file") {
            symlink("/dev/zero", $0)
        },
        Planted(name: "directory", file: "milestones.csv", says: "it is a directory, not a regular file") {
            mkdir($0, 0o755)
        },
        Planted(name: "optional directory", file: "forecast.csv", says: "it is a directory, not a regular file") {
            mkdir($0, 0o755)
        },
        Planted(name: "dangling link", file: "surveys.csv",
                says: "it is a symbolic link to \"/nonexistent/surveys.csv\", which does not exist") {
            symlink("/nonexistent/surveys.csv", $0)
        },
        Planted(name: "looping link", file: "csms.csv", says: "it is a symbolic link that loops") {
            symlink($0, $0)
        },
    ]

    @Test(arguments: cases)
    func notARegularFileExits66NamingIt(planted: Planted) throws {
        let dir = try TempDirectory()
        try Fixtures.writeExports(into: dir)
        let path = dir.path("data/" + planted.file)
        try? FileManager.default.removeItem(atPath: path)
        planted.plant(path)
        let run = try TimedBinaryRun(["run", "--data", dir.path("data"), "--out", dir.path("out"),
                                      "--as-of", "2026-11-22"], timeout: 30)
        #expect(!run.timedOut, "the run blocked")
        #expect(run.exitCode == 66, "\(run.stderr)")
        #expect(run.stderr.contains("\(planted.file): cannot open \(path) (\(planted.says)"), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: dir.path("out/week/2026-W47")))
    }

    @Test(.enabled(if: geteuid() != 0, "root reads any file"))
    func unreadableOptionalFileIsAnErrorNotAbsent() throws {
        let dir = try TempDirectory()
        try Fixtures.writeExports(into: dir)
        let path = try dir.write("data/surveys.csv", "account_id,responded_at,score\nA1,2026-10-10,9\n")
        #expect(chmod(path, 0) == 0)
        let run = try TimedBinaryRun(["run", "--data", dir.path("data"), "--out", dir.path("out")])
        #expect(run.exitCode == 66)
        #expect(run.stderr.contains("surveys.csv: cannot open \(path) (Permission denied)"))
    }

    @Test func zeroByteOptionalFileCountsAsAbsentWithANote() throws {
        let dir = try TempDirectory()
        try Fixtures.writeExports(into: dir)
        try dir.write("data/forecast.csv", "")
        let run = try TimedBinaryRun(["run", "--data", dir.path("data"), "--out", dir.path("out"),
                                      "--as-of", "2026-11-22"])
        #expect(run.exitCode == 0, "\(run.stderr)")
        let summary = try String(contentsOfFile: dir.path("out/week/2026-W47/summary.md"), encoding: .utf8)
        #expect(summary.contains("- forecast.csv: the file is empty (0 bytes), so it was read as absent and the "
            + "figures that need it are left empty; check the export job that writes it (1)"))
        let manifest = try String(contentsOfFile: dir.path("out/week/2026-W47/manifest.json"), encoding: .utf8)
        #expect(!manifest.contains("forecast.csv"))
        // validate shows the same note.
        let validate = try TimedBinaryRun(["validate", "--data", dir.path("data")])
        #expect(validate.exitCode == 0)
        #expect(validate.stdout.contains("forecast.csv: the file is empty (0 bytes)"), "\(validate.stdout)")
    }

    @Test func zeroByteRequiredFileIsStillADataError() throws {
        let dir = try TempDirectory()
        try Fixtures.writeExports(into: dir, milestones: "")
        let run = try TimedBinaryRun(["run", "--data", dir.path("data"), "--out", dir.path("out")])
        #expect(run.exitCode == 65)
        #expect(run.stderr.contains("milestones.csv: the file is empty"))
    }
}
