import Foundation
import Testing
import TestSupport

/// `run` writes summary.eml exactly when the config names recipients.
@Suite struct EmailRunTests {
    @Test func recipientsInConfigGiveSummaryEml() throws {
        let dir = try TempDirectory()
        try Fixtures.writeExports(into: dir)
        let config = try dir.write("onboarding.yaml", """
            email: {from: cs-ops@example.com, to: [vp-cs@example.com], cc: [cs-managers@example.com]}

            """)
        let result = try BinaryRunner.run(["run", "--data", dir.path("data"), "--config", config,
                                           "--out", dir.path("out"), "--as-of", "2026-11-22", "--quiet"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let report = dir.path("out/week/2026-W47")
        let eml = try String(contentsOfFile: report + "/summary.eml", encoding: .utf8)
        #expect(eml.hasPrefix("From: Onboarding report <cs-ops@example.com>\r\nTo: vp-cs@example.com\r\n"
            + "Cc: cs-managers@example.com\r\n"))
        // As-of 2026-11-22 (a Sunday): dated midnight UTC ending it.
        #expect(eml.contains("\r\nDate: Mon, 23 Nov 2026 00:00:00 +0000\r\n"))
        let manifest = try String(contentsOfFile: report + "/manifest.json", encoding: .utf8)
        #expect(manifest.contains("\"file\": \"summary.eml\""))
    }

    @Test func noRecipientsNoEml() throws {
        let dir = try TempDirectory()
        try Fixtures.writeExports(into: dir)
        let result = try BinaryRunner.run(["run", "--data", dir.path("data"), "--out", dir.path("out"),
                                           "--as-of", "2026-11-22", "--quiet"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.path("out/week/2026-W47/summary.eml")))
    }
}
