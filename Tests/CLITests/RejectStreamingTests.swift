import Foundation
import Testing
import TestSupport

/// SPEC §3 "Bad rows": rejected rows are streamed to rejects.csv; memory does
/// not grow with them (what keeping them cost: docs/performance.md).
@Suite struct RejectStreamingTests {
    @Test func manyRejectedEventsCostNoMemoryAndAllReachRejectsCSV() throws {
        let dir = try TempDirectory()
        try Fixtures.writeExports(into: dir)
        // 150,000 events with a bad timestamp: enough that keeping them in memory crosses the bound below.
        var events = "account_id,occurred_at,event,user_id\n"
        events.reserveCapacity(6_000_000)
        for i in 0..<150_000 { events += "A1,not-a-time-\(i),login,U\(i)\n" }
        try dir.write("data/events.csv", events)
        try dir.write("data/onboarding.yaml", "thresholds: {max_reject_rate: 1}\n")
        let result = try BinaryRunner.run(["run", "--data", dir.path("data"), "--out", dir.path("out"),
                                           "--as-of", "2026-11-22", "--verbose"])
        #expect(result.exitCode == 0, "\(result.stderr.suffix(500))")
        let peaks = result.stderr.split(separator: "\n").compactMap { line -> Int? in
            guard let range = line.range(of: "peak memory so far ") else { return nil }
            return Int(line[range.upperBound...].prefix { $0.isNumber })
        }
        #expect(!peaks.isEmpty)
        #expect((peaks.max() ?? .max) < 80, "peak \(peaks) MiB")
        let rejects = try String(contentsOfFile: dir.path("out/week/2026-W47/rejects.csv"), encoding: .utf8)
        let lines = rejects.split(separator: "\n")
        #expect(lines.count == 1 + 150_000)
        #expect(lines[1].hasPrefix("events.csv,2,"))
        #expect(lines.last?.hasPrefix("events.csv,150001,") == true)
        // The spool is gone once the run ends.
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path("out/week"))
        #expect(left.filter { $0.hasPrefix(".staging") }.isEmpty)
    }
}
