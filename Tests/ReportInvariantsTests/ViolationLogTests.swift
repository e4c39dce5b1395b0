import Foundation
import ReportInvariants
import TestSupport
import Testing

/// A report broken on every row keeps the first few violations of each
/// invariant and counts the rest.
@Suite struct ViolationLogTests {
    @Test func keepsTheFirstFewOfEachInvariantAndCountsAll() throws {
        let dir = try TempDirectory()
        let report = dir.path("report")
        try FileManager.default.copyItem(atPath: BrokenReportTests.golden, toPath: report)
        try ReportEdit.lines("accounts.csv") { lines in
            for _ in 0..<30 { lines.append(lines[1]) }
        }.apply(report)
        let log = ReportChecker.check(directory: report, limit: 3)
        #expect(log.counts[.unique] == 30)
        #expect(log.kept.filter { $0.invariant == .unique }.map(\.line) == [5, 6, 7])
        #expect(log.omitted == 27)
    }
}
