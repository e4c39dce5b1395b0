import Foundation
import Testing
import TestSupport

/// Nothing is written through a symlink planted in OUT (SPEC §7): not the
/// lock file, not `<label>.rejects.csv`; and a later successful run of a label
/// removes its stale rejects file.
@Suite struct PlantedSymlinkTests {
    typealias Helpers = PublishFaultInjectionTests

    /// 1 of 3 deals rejected (33%) > 5%: the reject gate stops the run.
    static let rejectingDeals = """
        deal_id,account_id,close_date,acv
        D1,A1,2026-10-01,1000
        D2,A2,2026-02-30,2000
        D3,A3,2026-10-03,3000

        """

    @Test func lockFileSymlinkIsRefusedAndNotFollowed() throws {
        let dir = try TempDirectory()
        try Fixtures.writeExports(into: dir)
        try FileManager.default.createDirectory(atPath: dir.path("out"), withIntermediateDirectories: true)
        #expect(symlink(dir.path("victim-created"), dir.path("out/.lock")) == 0)
        let run = try Helpers.run(dir, asOf: "2026-11-22")
        #expect(run.exitCode == 73)
        #expect(run.stderr.contains("\(dir.path("out/.lock")): cannot create the lock file ("))
        #expect(run.stderr.contains("it is a symbolic link; remove it"))
        #expect(!FileManager.default.fileExists(atPath: dir.path("victim-created")))
    }

    @Test func rejectsFileSymlinkIsReplacedNotWrittenThrough() throws {
        let dir = try TempDirectory()
        try Fixtures.writeExports(into: dir, deals: Self.rejectingDeals, milestones: "account_id,milestone,status\n")
        let victim = try dir.write("victim.txt", "precious\n")
        try FileManager.default.createDirectory(atPath: dir.path("out/week"), withIntermediateDirectories: true)
        let rejects = dir.path("out/week/2026-W47.rejects.csv")
        #expect(symlink(victim, rejects) == 0)

        let run = try Helpers.run(dir, asOf: "2026-11-22")
        #expect(run.exitCode == 65)
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious\n")
        // The link itself was replaced by the rejects file, written aside and renamed.
        #expect(try FileManager.default.attributesOfItem(atPath: rejects)[.type] as? FileAttributeType == .typeRegular)
        #expect(try String(contentsOfFile: rejects, encoding: .utf8).contains("2026-02-30"))
        #expect(Helpers.everything(dir.path("out/week")) == ["2026-W47.rejects.csv"])
    }

    @Test func successfulRunOfTheLabelRemovesItsStaleRejects() throws {
        let dir = try TempDirectory()
        try Fixtures.writeExports(into: dir, deals: Self.rejectingDeals, milestones: "account_id,milestone,status\n")
        #expect(try Helpers.run(dir, asOf: "2026-11-22").exitCode == 65)
        #expect(FileManager.default.fileExists(atPath: dir.path("out/week/2026-W47.rejects.csv")))
        // Another label's rejects are not this run's business.
        try dir.write("out/week/2026-W46.rejects.csv", "older\n")

        try Fixtures.writeExports(into: dir)
        let fixed = try Helpers.run(dir, asOf: "2026-11-22")
        #expect(fixed.exitCode == 0, "\(fixed.stderr)")
        #expect(Helpers.everything(dir.path("out/week")) == ["2026-W46.rejects.csv", "2026-W47", "latest"])
    }
}
