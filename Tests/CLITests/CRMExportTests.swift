import Foundation
import Testing
import TestSupport

/// Real CRM exports (SPEC §3) make the same report as tidy canonical files:
/// the binary runs on each data directory and every output but the manifest
/// (whose input hashes differ) must match byte for byte.
@Suite struct CRMExportTests {
    /// Writes the three data directories; returns their names.
    private static func writeDataDirectories(_ dir: TempDirectory) throws -> [String] {
        let exports = [
            ("canonical", CRMExportFixtures.canonicalDeals, ""),
            ("salesforce", CRMExportFixtures.salesforceDeals, "csv: {preset: salesforce}\n"),
            // HubSpot's preset comes from --preset instead, below.
            ("hubspot", CRMExportFixtures.hubspotDeals, ""),
        ]
        for (name, deals, csv) in exports {
            try dir.write("\(name)/deals.csv", deals)
            try dir.write("\(name)/milestones.csv", CRMExportFixtures.milestones)
            try dir.write("\(name)/onboarding.yaml", csv + CRMExportFixtures.currencyConfig)
        }
        return exports.map(\.0)
    }

    private static func report(_ dir: TempDirectory, _ name: String, period: String) throws -> String {
        var arguments = ["run", "--data", dir.path(name), "--out", dir.path("out-\(name)"),
                         "--as-of", "2026-11-22", "--period", period, "--quiet"]
        if name == "hubspot" { arguments += ["--preset", "hubspot"] }
        let result = try BinaryRunner.run(arguments)
        #expect(result.exitCode == 0, "\(name): \(result.stderr)")
        return dir.path("out-\(name)/\(period)/" + (period == "week" ? "2026-W47" : "2026-10"))
    }

    @Test(arguments: ["week", "month"])
    func salesforceAndHubSpotExportsMatchTheCanonicalReport(_ period: String) throws {
        let dir = try TempDirectory()
        let names = try Self.writeDataDirectories(dir)
        let reports = try names.map { try Self.report(dir, $0, period: period) }
        let canonical = reports[0]
        let files = try reportFiles(canonical).filter { $0 != "manifest.json" }
        // Every table, summary.md and its three charts, and the CSM digests.
        #expect(files.filter { !$0.hasPrefix("csm/") }.count == 15)
        #expect(files.contains { $0.hasPrefix("csm/") })
        for (name, report) in zip(names, reports).dropFirst() {
            #expect(try reportFiles(report) == (files + ["manifest.json"]).sorted(), "\(name)")
            for file in files {
                let expected = FileManager.default.contents(atPath: canonical + "/" + file)
                let actual = FileManager.default.contents(atPath: report + "/" + file)
                #expect(expected != nil && actual == expected, "\(name): \(file) differs from the canonical report")
            }
        }
        // The shared report is the right one, not merely the same one: the
        // euro deals are converted (see CRMExportFixtures) and segmented on
        // the converted ACV; nothing was rejected.
        let accounts = try String(contentsOfFile: canonical + "/accounts.csv", encoding: .utf8)
        #expect(accounts.contains("001A01,Acme GmbH,enterprise,2026-06,2026-06-30,108000.00,Ann Ames,"))
        #expect(accounts.contains("001A04,Umbrella SARL,mid_market,2026-09,2026-09-10,25056.00,Cy Cole,"))
        // Stark closed 2026-11-02, after the month's snapshot (2026-10-31).
        #expect(accounts.contains("001A08,Stark Industries,smb,2026-11,2026-11-02,10799.99,Cy Cole,")
            == (period == "week"))
        let rejects = try String(contentsOfFile: canonical + "/rejects.csv", encoding: .utf8)
        #expect(rejects == "file,line,reason,raw\n")
    }

    @Test func manifestCountsEveryRowOfADirtyExport() throws {
        let dir = try TempDirectory()
        // The Salesforce report plus a duplicate, a placeholder account, a
        // ragged row and an amount in a currency without a rate.
        let extra = """
            "Ann Ames","Acme GmbH","dup","Closed Won","6/30/2026","USD","1.00","006D01","001A01"
            "Ann Ames","Nobody","n/a","Closed Won","6/30/2026","USD","1.00","006D20","N/A"
            "Ann Ames","Ragged","Closed Won"
            "Ann Ames","Swiss AG","CHF","Closed Won","6/30/2026","CHF","1.00","006D21","001A21"

            """
        var lines = CRMExportFixtures.salesforceDeals.split(separator: "\n", omittingEmptySubsequences: false)
        // After the last data row (line 10), before the footer's blank row.
        lines.insert(contentsOf: extra.split(separator: "\n").map { Substring($0) }, at: 10)
        try dir.write("data/deals.csv", lines.joined(separator: "\n"))
        try dir.write("data/milestones.csv", CRMExportFixtures.milestones + ",,,\n001A99,kickoff,complete,2026-07-01\n")
        try dir.write("data/onboarding.yaml", "csv: {preset: salesforce}\nthresholds: {max_reject_rate: 1}\n"
            + CRMExportFixtures.currencyConfig)
        let result = try BinaryRunner.run(["run", "--data", dir.path("data"), "--out", dir.path("out"),
                                           "--as-of", "2026-11-22", "--quiet"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let manifest = try #require(FileManager.default.contents(atPath: dir.path("out/week/2026-W47/manifest.json")))
        let root = try #require(try JSONSerialization.jsonObject(with: manifest) as? [String: Any])
        let inputs = try #require(root["inputs"] as? [[String: Any]])
        let counts = inputs.map { input in
            [input["file"] as? String ?? ""] + ["rows_read", "accepted", "skipped", "rejected"].map {
                String(input[$0] as? Int ?? -1)
            }
        }
        // deals: 13 rows + 4 inserted = 17 read; 7 accepted; 6 skipped (2 not
        // won, the blank row, 3 footer lines); 4 rejected. milestones: 11 + 2
        // = 13 read; 11 accepted; the blank row skipped; the 001A99 row (an
        // account no deal onboards) rejected.
        #expect(counts == [["deals.csv", "17", "7", "6", "4"], ["milestones.csv", "13", "11", "1", "1"]])
        // The data-quality table of summary.md shows the same accounting.
        let summary = try String(contentsOfFile: dir.path("out/week/2026-W47/summary.md"), encoding: .utf8)
        let tableRows = summary.split(separator: "\n").map {
            $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        #expect(tableRows.contains(["deals.csv", "17", "7", "6", "4"]))
        #expect(tableRows.contains(["milestones.csv", "13", "11", "1", "1"]))
        let rejects = try String(contentsOfFile: dir.path("out/week/2026-W47/rejects.csv"), encoding: .utf8)
        // Header + 5 rejected rows, each starting with its file and line.
        #expect(rejects.split(separator: "\n").map { $0.prefix(15) }
            == ["file,line,reaso", "deals.csv,11,\"d", "deals.csv,12,\"a", "deals.csv,13,ro",
                "deals.csv,14,\"A", "milestones.csv,"])
    }
}
