import Foundation
import ReportInvariants
import TestSupport
import Testing

/// Every report committed to the repository keeps the invariants: the golden
/// reports of the test suites (`Tests/*/Snapshots`) and the example report
/// that `scripts/record-example` writes under reports/example.
@Suite struct CommittedReportTests {
    /// Report directories, relative to the repository root: any folder of a golden
    /// suite or of the example that holds an accounts.csv.
    static let reports: [String] = {
        let files = FileManager.default
        var found: [String] = []
        for suite in (try? files.contentsOfDirectory(atPath: PackagePaths.path("Tests"))) ?? [] {
            let snapshots = "Tests/\(suite)/Snapshots"
            if files.fileExists(atPath: PackagePaths.path(snapshots + "/accounts.csv")) { found.append(snapshots) }
        }
        let example = "reports/example"
        for period in (try? files.contentsOfDirectory(atPath: PackagePaths.path(example))) ?? [] {
            for label in (try? files.contentsOfDirectory(atPath: PackagePaths.path("\(example)/\(period)"))) ?? []
            where files.fileExists(atPath: PackagePaths.path("\(example)/\(period)/\(label)/accounts.csv")) {
                found.append("\(example)/\(period)/\(label)")
            }
        }
        return found.sorted()
    }()

    @Test func theGoldenReportsAndTheExampleAreFound() {
        #expect(Self.reports.contains("Tests/ReportsTests/Snapshots"))
        #expect(Self.reports.contains("reports/example/week/2026-W47"))
        #expect(Self.reports.contains("reports/example/month/2026-10"))
    }

    @Test(arguments: reports) func everyInvariantHolds(_ report: String) {
        let log = ReportChecker.check(directory: PackagePaths.path(report))
        #expect(log.isEmpty, "\(report):\n\(log.kept.map(\.description).joined(separator: "\n"))")
    }
}
