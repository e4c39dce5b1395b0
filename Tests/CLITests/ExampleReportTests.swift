import Foundation
import Testing
import TestSupport

/// The committed example report (reports/example) is what the current code
/// makes from the committed sample-data: a code change that alters any
/// figure fails here, and the example is re-recorded on purpose with
/// `scripts/record-example` after a person has checked the difference.
@Suite struct ExampleReportTests {
    static let exampleRoot = BinaryRunner.packageRoot.appendingPathComponent("reports/example")

    @Test(arguments: [("week", "2026-W47"), ("month", "2026-10")])
    func exampleReportIsReproducedByteForByte(period: String, label: String) throws {
        let dir = try TempDirectory()
        let result = try BinaryRunner.run(
            ["run", "--data", BinaryRunner.packageRoot.appendingPathComponent("sample-data").path,
             "--out", dir.path("out"), "--as-of", "2026-11-22", "--period", period, "--quiet"],
            environment: ["ONBOARDING_REPORT_TODAY": "2026-11-23"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let expected = Self.exampleRoot.appendingPathComponent("\(period)/\(label)").path
        let actual = dir.path("out/\(period)/\(label)")
        let names = try reportFiles(expected)
        #expect(try reportFiles(actual) == names)
        for name in names {
            let want = try String(contentsOfFile: expected + "/" + name, encoding: .utf8)
            let got = try String(contentsOfFile: actual + "/" + name, encoding: .utf8)
            #expect(got == want, "\(period)/\(label)/\(name) changed: \(firstDifference(want, got))")
        }
    }

    private func firstDifference(_ a: String, _ b: String) -> String {
        let left = a.split(separator: "\n", omittingEmptySubsequences: false)
        let right = b.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(left.count, right.count) {
            let l = i < left.count ? String(left[i]) : "<end>"
            let r = i < right.count ? String(right[i]) : "<end>"
            if l != r { return "line \(i + 1): expected «\(l)» got «\(r)»" }
        }
        return "same lines"
    }
}
