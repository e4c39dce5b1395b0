import Foundation
import Testing
import TestSupport

@Suite struct InitCommandTests {
    @Test func writesALoadableConfigAndRefusesToOverwrite() throws {
        let dir = try TempDirectory()
        let path = dir.path("onboarding.yaml")
        let first = try BinaryRunner.run(["init", path])
        #expect(first.exitCode == 0)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.contains("capacity_per_csm"))
        #expect(written.contains("#"))

        try "# edited by hand\n".write(toFile: path, atomically: true, encoding: .utf8)
        let second = try BinaryRunner.run(["init", path])
        #expect(second.exitCode == 73)
        #expect(second.stderr.contains("already exists"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "# edited by hand\n")
    }

    @Test func initTemplateIsAcceptedByValidate() throws {
        let dir = try TempDirectory()
        try Fixtures.writeExports(into: dir)
        #expect(try BinaryRunner.run(["init", dir.path("custom.yaml")]).exitCode == 0)
        let result = try BinaryRunner.run(["validate", "--data", dir.path("data"), "--config", dir.path("custom.yaml")])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.contains("deals.csv"))
    }
}
