import Foundation
import ReportInvariants
import Testing
import TestSupport

/// `report-invariants <report-dir>` through the real binary, and the
/// invariants on the reports the CLI fixtures make.
@Suite struct ReportInvariantsCLITests {
    static let binary = BinaryRunner.executable(named: "report-invariants")
    static let example = PackagePaths.path("reports/example/week/2026-W47")

    @Test func aGoodReportExitsZero() throws {
        let result = try BinaryRunner.run([Self.example], executable: Self.binary)
        #expect(result.exitCode == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout == "\(Self.example): every invariant holds\n")
    }

    @Test func aBrokenReportExitsOneNamingEachBrokenInvariantWithItsFileAndLine() throws {
        let dir = try TempDirectory()
        let report = dir.path("report")
        try FileManager.default.copyItem(atPath: Self.example, toPath: report)
        var accounts = try String(contentsOfFile: report + "/accounts.csv", encoding: .utf8)
        let first = try #require(accounts.split(separator: "\n").dropFirst().first)
        accounts += first + "\n"
        try accounts.write(toFile: report + "/accounts.csv", atomically: true, encoding: .utf8)
        try "segment,month\n".write(toFile: report + "/capacity.csv", atomically: true, encoding: .utf8)

        let result = try BinaryRunner.run([report], executable: Self.binary)
        #expect(result.exitCode == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("accounts.csv:402: unique: account_id ACC-000001 is also on line 2"))
        #expect(lines.contains("capacity.csv:1: exact_header: no column active"))
        #expect(lines.last == "\(report): 2 violations (exact_header 1, unique 1)")
    }

    @Test(arguments: [[], ["a", "b"], ["--help"], ["/nonexistent/report"]])
    func badUsageExits64(_ arguments: [String]) throws {
        let result = try BinaryRunner.run(arguments, executable: Self.binary)
        #expect(result.exitCode == 64)
        #expect(result.stdout.isEmpty)
    }

    /// The reports of the small CLI fixture (week 2026-W47) and of the real exports (month 2026-03).
    @Test(arguments: [("fixture", "2026-11-22", "week/2026-W47"), ("salesforce-excel", "2026-03-31", "month/2026-03"),
                      ("hubspot", "2026-03-31", "month/2026-03")])
    func fixtureReportsKeepTheInvariants(_ exports: String, asOf: String, report: String) throws {
        let dir = try TempDirectory()
        let data: String
        if exports == "fixture" {
            try Fixtures.writeExports(into: dir)
            data = dir.path("data")
        } else {
            data = PackagePaths.path("Tests/RealExports/\(exports)")
        }
        let period = String(report.prefix { $0 != "/" })
        let result = try BinaryRunner.run(["run", "--data", data, "--out", dir.path("out"), "--as-of", asOf,
                                           "--period", period, "--quiet"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let log = ReportChecker.check(directory: dir.path("out/\(report)"))
        #expect(log.isEmpty, "\(log.kept.map(\.description).joined(separator: "\n"))")
    }

    /// A2 of the holds fixture is on a customer hold at S (net days since progress 9), so it is
    /// not stalled and SPEC §5 has it raise on_hold_long instead of stalled.
    @Test func theHoldsReportRaisesNoStalledFlagForAnAccountOnHold() throws {
        let dir = try TempDirectory()
        let report = try HoldsReportTests.runReport(dir)
        let log = ReportChecker.check(directory: report)
        #expect(log.isEmpty, "\(log.kept.map(\.description).joined(separator: "\n"))")
    }
}
