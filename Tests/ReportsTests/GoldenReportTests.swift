import Foundation
import Testing
@testable import Reports
import TestSupport

/// The whole report for `Fixtures.content`, byte for byte. Re-record on
/// purpose only, with `RECORD_SNAPSHOTS=1 swift test --filter GoldenReportTests`,
/// then read every changed file before committing it.
@Suite struct GoldenReportTests {
    static let files = ["accounts.csv", "capacity.csv", "cohorts.csv", "completion_trend.svg", "csm/lee.eml",
                        "csm/lee.md", "csm/unassigned.md", "csm_portfolio.csv", "manifest.json", "milestones.csv",
                        "outcomes.csv", "red_flags.csv", "rejects.csv", "resolved_flags.csv", "segments.csv",
                        "stall_trend.svg", "summary.eml", "summary.md", "ttv_survival.csv", "ttv_trend.svg"]

    static var snapshotDirectory: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots").path
    }

    @Test func reportMatchesSnapshots() throws {
        let dir = try TempDirectory()
        try ReportWriter.write(Fixtures.content, to: dir.path)
        #expect(try reportFiles(dir.path) == Self.files)

        let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        for file in Self.files {
            let actual = try String(contentsOfFile: dir.path + "/" + file, encoding: .utf8)
            let snapshotPath = Self.snapshotDirectory + "/" + file
            if record {
                try FileManager.default.createDirectory(atPath: (snapshotPath as NSString).deletingLastPathComponent,
                                                        withIntermediateDirectories: true)
                try actual.write(toFile: snapshotPath, atomically: true, encoding: .utf8)
                continue
            }
            let expected = try String(contentsOfFile: snapshotPath, encoding: .utf8)
            #expect(actual == expected, "\(file) differs from its snapshot:\n\(lineDiff(expected, actual))")
        }
    }

    @Test func writingTwiceGivesIdenticalBytes() throws {
        let a = try TempDirectory(), b = try TempDirectory()
        try ReportWriter.write(Fixtures.content, to: a.path)
        try ReportWriter.write(Fixtures.content, to: b.path)
        for file in Self.files {
            let x = try Data(contentsOf: URL(fileURLWithPath: a.path + "/" + file))
            let y = try Data(contentsOf: URL(fileURLWithPath: b.path + "/" + file))
            #expect(x == y, "\(file)")
        }
    }
}

/// A line-by-line hint: each differing line as `-expected` / `+actual`, with
/// its line number, up to 20 lines.
func lineDiff(_ expected: String, _ actual: String) -> String {
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var out: [String] = []
    for i in 0..<max(e.count, a.count) where out.count < 40 {
        let x = i < e.count ? String(e[i]) : nil, y = i < a.count ? String(a[i]) : nil
        guard x != y else { continue }
        out.append("@@ line \(i + 1)")
        if let x { out.append("-" + x) }
        if let y { out.append("+" + y) }
    }
    return out.joined(separator: "\n")
}
