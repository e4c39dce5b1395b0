import Foundation
import Testing
import TestSupport

/// SIGKILL at every rename, unlink and symlink step of a publish
/// (`ONBOARDING_REPORT_KILL_AT`, see `FaultInjection`): at every point the
/// label holds a whole report (the previous one until the exchange, the new
/// one from it), `latest` resolves to a whole report, and the next run removes
/// what the killed one left (SPEC §7).
@Suite struct PublishFaultInjectionTests {
    static let killEnvironment = "ONBOARDING_REPORT_KILL_AT"
    /// In the order a publish reaches them; `link` and `linked` only when `latest` moves.
    static let steps = ["staged", "exchange", "exchanged", "old-removed", "link", "linked", "published"]
    /// The steps after which a killed run leaves something hidden behind: the
    /// staging directory (new report, then the old one after an exchange) and
    /// the link temporary.
    static let leavesDebris: Set = ["staged", "exchange", "exchanged", "linked"]
    /// A new label is renamed into place: nothing old is left at the staging name.
    static let leavesDebrisForANewLabel: Set = ["staged", "exchange", "linked"]

    @Test(arguments: ["staged", "exchange", "exchanged", "old-removed", "published"])
    func killWhileReplacingAReportLeavesAWholeOne(step: String) throws {
        let dir = try TempDirectory()
        try Fixtures.writeExports(into: dir)
        let week = dir.path("out/week"), report = dir.path("out/week/2026-W47")
        #expect(try Self.run(dir, asOf: "2026-11-22").exitCode == 0)
        let files = Self.list(report)
        // Marks the previous report, to tell it from the new one.
        try "previous\n".write(toFile: report + "/previous.txt", atomically: true, encoding: .utf8)

        let killed = try Self.run(dir, asOf: "2026-11-22", environment: [Self.killEnvironment: step])
        #expect(killed.signal == SIGKILL, "\(step): exit \(String(describing: killed.exitCode)) \(killed.stderr)")
        let exchanged = Self.steps.firstIndex(of: step)! >= Self.steps.firstIndex(of: "exchanged")!
        #expect(Self.list(report) == (exchanged ? files : (files + ["previous.txt"]).sorted()), "\(step)")
        #expect(Self.resolvedLatest(week) == "2026-W47", "\(step)")
        #expect(Self.hidden(week).isEmpty != Self.leavesDebris.contains(step), "\(step): \(Self.hidden(week))")

        let next = try Self.run(dir, asOf: "2026-11-22")
        #expect(next.exitCode == 0, "\(step): \(next.stderr)")
        #expect(Self.everything(week) == ["2026-W47", "latest"], "\(step)")
        #expect(Self.list(report) == files)
    }

    @Test(arguments: steps)
    func killWhilePublishingANewerLabelKeepsThePreviousOne(step: String) throws {
        let dir = try TempDirectory()
        try Fixtures.writeExports(into: dir)
        let week = dir.path("out/week")
        #expect(try Self.run(dir, asOf: "2026-11-15").exitCode == 0)
        let previous = Self.list(week + "/2026-W46")

        let killed = try Self.run(dir, asOf: "2026-11-22", environment: [Self.killEnvironment: step])
        #expect(killed.signal == SIGKILL, "\(step): exit \(String(describing: killed.exitCode)) \(killed.stderr)")
        #expect(Self.list(week + "/2026-W46") == previous, "\(step)")
        let index = Self.steps.firstIndex(of: step)!
        let newIsIn = index >= Self.steps.firstIndex(of: "exchanged")!
        #expect(FileManager.default.fileExists(atPath: week + "/2026-W47") == newIsIn, "\(step)")
        if newIsIn { #expect(Self.list(week + "/2026-W47") == previous, "\(step)") }
        #expect(Self.resolvedLatest(week) == (step == "published" ? "2026-W47" : "2026-W46"), "\(step)")
        #expect(Self.hidden(week).isEmpty != Self.leavesDebrisForANewLabel.contains(step),
                "\(step): \(Self.hidden(week))")

        let next = try Self.run(dir, asOf: "2026-11-22")
        #expect(next.exitCode == 0, "\(step): \(next.stderr)")
        #expect(Self.everything(week) == ["2026-W46", "2026-W47", "latest"], "\(step)")
        #expect(Self.resolvedLatest(week) == "2026-W47")
    }

    @Test func killBeforeTheRejectsAreRenamedKeepsThePreviousRejects() throws {
        let dir = try TempDirectory()
        // 1 of 3 deals rejected (33%) > 5%: the gate writes <label>.rejects.csv.
        let deals = """
            deal_id,account_id,close_date,acv
            D1,A1,2026-10-01,1000
            D2,A2,2026-02-30,2000
            D3,A3,2026-10-03,3000

            """
        try Fixtures.writeExports(into: dir, deals: deals, milestones: "account_id,milestone,status\n")
        let week = dir.path("out/week"), rejects = dir.path("out/week/2026-W47.rejects.csv")
        try dir.write("out/week/2026-W47.rejects.csv", "previous rejects\n")

        let killed = try Self.run(dir, asOf: "2026-11-22", environment: [Self.killEnvironment: "rejects-written"])
        #expect(killed.signal == SIGKILL, "\(killed.stderr)")
        #expect(try String(contentsOfFile: rejects, encoding: .utf8) == "previous rejects\n")
        #expect(Self.hidden(week).count == 1)

        let next = try Self.run(dir, asOf: "2026-11-22")
        #expect(next.exitCode == 65)
        #expect(try String(contentsOfFile: rejects, encoding: .utf8).contains("2026-02-30"))
        #expect(Self.everything(week) == ["2026-W47.rejects.csv"])
    }

    // MARK: Helpers shared with the other publish suites

    static func run(_ dir: TempDirectory, asOf: String, period: String = "week",
                    environment: [String: String] = [:]) throws -> TimedBinaryRun {
        try TimedBinaryRun(["run", "--quiet", "--data", dir.path("data"), "--out", dir.path("out"),
                            "--as-of", asOf, "--period", period], environment: environment)
    }

    /// Every name in `path`, hidden ones included, sorted.
    static func everything(_ path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }

    static func list(_ path: String) -> [String] { everything(path).filter { !$0.hasPrefix(".") } }

    static func hidden(_ path: String) -> [String] { everything(path).filter { $0.hasPrefix(".") } }

    /// The label `latest` points at, when it resolves to a report directory.
    static func resolvedLatest(_ periodDirectory: String) -> String? {
        guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: periodDirectory + "/latest")
        else { return nil }
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: periodDirectory + "/latest/summary.md")
            && FileManager.default.fileExists(atPath: periodDirectory + "/" + target, isDirectory: &isDirectory)
        return exists && isDirectory.boolValue ? target : nil
    }
}

/// The fallback for file systems without an atomic exchange (forced with
/// `ONBOARDING_REPORT_NO_EXCHANGE=1`): two renames, and a run killed between
/// them has its previous report put back by the next run, whatever its period.
@Suite struct PublishWithoutExchangeTests {
    typealias Helpers = PublishFaultInjectionTests
    static let noExchange = ["ONBOARDING_REPORT_NO_EXCHANGE": "1"]

    @Test func rerunReplacesTheReportWithTwoRenames() throws {
        let dir = try TempDirectory()
        try Fixtures.writeExports(into: dir)
        let week = dir.path("out/week")
        #expect(try Helpers.run(dir, asOf: "2026-11-22", environment: Self.noExchange).exitCode == 0)
        try "previous\n".write(toFile: week + "/2026-W47/previous.txt", atomically: true, encoding: .utf8)
        let rerun = try Helpers.run(dir, asOf: "2026-11-22", environment: Self.noExchange)
        #expect(rerun.exitCode == 0, "\(rerun.stderr)")
        #expect(!Helpers.list(week + "/2026-W47").contains("previous.txt"))
        #expect(Helpers.everything(week) == ["2026-W47", "latest"])
    }

    @Test func killBetweenTheRenamesIsRepairedByTheNextRun() throws {
        let dir = try TempDirectory()
        try Fixtures.writeExports(into: dir)
        let week = dir.path("out/week")
        #expect(try Helpers.run(dir, asOf: "2026-11-22").exitCode == 0)
        let files = Helpers.list(week + "/2026-W47")
        try "previous\n".write(toFile: week + "/2026-W47/previous.txt", atomically: true, encoding: .utf8)

        let killed = try Helpers.run(dir, asOf: "2026-11-22", environment: Self.noExchange.merging(
            [Helpers.killEnvironment: "retired"]) { $1 })
        #expect(killed.signal == SIGKILL)
        // The weakness of two renames: for a moment the label is gone.
        #expect(!FileManager.default.fileExists(atPath: week + "/2026-W47"))
        #expect(Helpers.hidden(week).filter { $0.hasPrefix(".retired-2026-W47-") }.count == 1)

        // The next run of any period, holding the lock, puts the previous report back.
        #expect(try Helpers.run(dir, asOf: "2026-11-22", period: "day").exitCode == 0)
        #expect(Helpers.everything(week) == ["2026-W47", "latest"])
        #expect(Helpers.list(week + "/2026-W47") == (files + ["previous.txt"]).sorted())
        #expect(Helpers.resolvedLatest(week) == "2026-W47")
    }
}
