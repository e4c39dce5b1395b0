import Foundation
import OnboardingModel
import Testing
@testable import Reports
import TestSupport

/// A report write that fails on the tables' side, the digests' side or
/// accounts.csv, which run side by side: every side is waited for, and the
/// error is that of the first failure in file order (tables, digests, accounts.csv).
@Suite struct ReportWriterFailureTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var testDescription: String
        /// Directories made where these files go, so that writing them fails.
        var blocked: [String]
        /// The path the error names, under the report directory.
        var named: String
    }

    static let cases = [
        Case(testDescription: "a table", blocked: ["segments.csv"], named: "segments.csv"),
        Case(testDescription: "a digest", blocked: ["csm/lee.md"], named: "csm/lee.md"),
        Case(testDescription: "accounts.csv", blocked: ["accounts.csv"], named: "accounts.csv"),
        Case(testDescription: "a table and a digest", blocked: ["csm/lee.md", "segments.csv"], named: "segments.csv"),
        Case(testDescription: "a digest and accounts.csv", blocked: ["accounts.csv", "csm/lee.md"],
             named: "csm/lee.md"),
    ]

    @Test(arguments: cases)
    func firstFailureInFileOrderIsThrownOnceEverySideIsDone(_ failure: Case) throws {
        let dir = try TempDirectory()
        for file in failure.blocked {
            try FileManager.default.createDirectory(atPath: dir.path(file), withIntermediateDirectories: true)
        }
        do {
            try ReportWriter.write(Fixtures.content, to: dir.path)
            Issue.record("the write succeeded")
        } catch let error as PipelineError {
            #expect(error.kind == .cannotWrite)
            #expect(error.message.hasPrefix("cannot write \(dir.path(failure.named)): "))
        }
        #expect(!FileManager.default.fileExists(atPath: dir.path("manifest.json")))
        // Waited for: the digests written before the throw, whichever side failed.
        if !failure.blocked.contains("csm/lee.md") {
            #expect(FileManager.default.fileExists(atPath: dir.path("csm/unassigned.md")))
        }
    }
}
