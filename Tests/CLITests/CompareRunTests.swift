import Foundation
import Testing
import TestSupport

/// `compare:` on the real binary: comparison.csv, and the runs it stops (SPEC §5 "Pilot versus baseline").
@Suite struct CompareRunTests {
    /// The fixture deals with a track column: A1 and A3 in the pilot ("Pilot " normalizes to pilot).
    static let deals = """
        deal_id,account_id,account_name,stage,close_date,acv,csm,goals,success_criteria,Track
        D1,A1,Acme,Closed Won,2026-10-01,"$150,000.00",Jane,yes,yes,Pilot\u{20}
        D2,A2,Globex,Closed Won,2026-10-15,30000,Raj,yes,,standard
        D3,A3,Initech,Closed Won,2026-11-02,5000,,,,pilot
        D4,A4,Lost Co,Closed Lost,2026-10-03,5000,,,,

        """

    static func run(_ dir: TempDirectory, config: String, deals: String = deals) throws -> BinaryResult {
        try Fixtures.writeExports(into: dir, deals: deals)
        try dir.write("data/onboarding.yaml", config)
        return try BinaryRunner.run(["run", "--data", dir.path("data"), "--out", dir.path("out"), "--as-of", "2026-11-22"])
    }

    @Test func writesComparisonWithNoTestForATinyPilot() throws {
        let dir = try TempDirectory()
        let result = try Self.run(dir, config: "compare: {name: Fast track, pilot: {column: track, values: [pilot]}}\n")
        #expect(result.exitCode == 0, "\(result.stderr)")
        let csv = try String(contentsOfFile: dir.path("out/week/2026-W47/comparison.csv"), encoding: .utf8)
        let lines = csv.split(separator: "\n").map(String.init)
        #expect(lines.first == "metric,pilot,baseline,difference,pilot_n,baseline_n,test,p_value")
        #expect(lines.count == 9)
        // Two pilot accounts, one baseline: below min_group_size 5, so no p-value anywhere.
        #expect(lines.contains("ttv_km_median_days,,,,2,1,log_rank,"))
        #expect(lines.dropFirst().allSatisfy { $0.hasSuffix(",") })
        let summary = try String(contentsOfFile: dir.path("out/week/2026-W47/summary.md"), encoding: .utf8)
        #expect(summary.contains("## Pilot vs baseline: Fast track"))
        #expect(summary.contains("too few pilot accounts to test yet"))
    }

    @Test func unknownColumnExits65NamingTheKey() throws {
        let dir = try TempDirectory()
        let result = try Self.run(dir, config: "compare: {pilot: {column: cohort_tag, values: [pilot]}}\n")
        #expect(result.exitCode == 65)
        #expect(result.stderr.contains("deals.csv: has no column cohort_tag, which compare.pilot.column picks"))
    }

    @Test func emptyPilotExits65WithTheValuesFound() throws {
        let dir = try TempDirectory()
        let result = try Self.run(dir, config: "compare: {pilot: {column: track, values: [beta]}}\n")
        #expect(result.exitCode == 65)
        #expect(result.stderr.contains("compare.pilot (track in [beta]) picks no account"))
        #expect(result.stderr.contains("pilot, standard"))
        #expect(!FileManager.default.fileExists(atPath: dir.path("out/week/2026-W47")))
    }

    @Test func overlappingPilotAndBaselineExit65() throws {
        let dir = try TempDirectory()
        let result = try Self.run(dir, config: "compare: {pilot: {accounts: [A1]}, baseline: {closed_from: 2026-09-01}}\n")
        #expect(result.exitCode == 65)
        #expect(result.stderr.contains("picked by both compare.pilot (accounts [A1]) and compare.baseline"))
    }

    @Test func overlappingIDListsExit78() throws {
        let dir = try TempDirectory()
        let result = try Self.run(dir, config: "compare: {pilot: {accounts: [A1]}, baseline: {accounts: [A1, A2]}}\n")
        #expect(result.exitCode == 78)
        #expect(result.stderr.contains("compare.baseline.accounts shares 1 account(s)"))
    }
}
