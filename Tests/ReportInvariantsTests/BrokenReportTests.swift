import Foundation
import ReportInvariants
import TestSupport
import Testing

/// Each invariant can fail: a copy of the golden report (three accounts, four
/// flags) with one hand-made break is caught, naming the invariant, the file
/// and the line.
@Suite struct BrokenReportTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let edit: ReportEdit
        let invariant: Invariant
        let file: String
        let line: Int?
        var testDescription: String { name }
    }

    // The golden accounts: line 2 A-001 (enterprise, complete), 3 B-002 (mid_market, active,
    // stalled, no CSM), 4 C-003 (smb, active, CSM Lee). red_flags.csv: line 2 stalled B-002,
    // 3 first_value_overdue B-002, 4 handoff_incomplete C-003, 5 no_early_engagement B-002.
    static let cases: [Case] = [
        Case(name: "a duplicate account row",
             edit: .lines("accounts.csv") { $0.append($0[1]) }, invariant: .unique, file: "accounts.csv", line: 5),
        Case(name: "an empty account id",
             edit: .replace("accounts.csv", "\nC-003,", with: "\n,"), invariant: .notEmpty, file: "accounts.csv", line: 4),
        Case(name: "an unknown status",
             edit: .replace("accounts.csv", ",Lee,active,", with: ",Lee,paused,"),
             invariant: .acceptedValue, file: "accounts.csv", line: 4),
        Case(name: "a complete account without a completion date",
             edit: .replace("accounts.csv", ",Lee,active,", with: ",Lee,complete,"),
             invariant: .accountRow, file: "accounts.csv", line: 4),
        Case(name: "an account of a segment segments.csv does not have",
             edit: .replace("accounts.csv", "C-003,\"Café \"\"Zoë\"\"\",smb,", with: "C-003,\"Café \"\"Zoë\"\"\",micro,"),
             invariant: .relationship, file: "accounts.csv", line: 4),
        Case(name: "a handoff score of 1.2",
             edit: .replace("accounts.csv", ",,1.0000,,false,", with: ",,1.2000,,false,"),
             invariant: .rateInRange, file: "accounts.csv", line: 3),
        Case(name: "an accounts.csv column renamed",
             edit: .replace("accounts.csv", "account_id,account_name", with: "id,account_name"),
             invariant: .exactHeader, file: "accounts.csv", line: 1),
        Case(name: "a flag for an unknown account",
             edit: .replace("red_flags.csv", ",account,C-003,", with: ",account,Z-999,"),
             invariant: .relationship, file: "red_flags.csv", line: 4),
        Case(name: "a flag for a CSM who is not one",
             edit: .lines("red_flags.csv") {
                 $0.insert("warning,csm_over_capacity,csm,Nobody,smb,Nobody,1.5000,1.0000,,true,x", at: 2)
             }, invariant: .relationship, file: "red_flags.csv", line: 3),
        Case(name: "a flag for a segment that is not one",
             edit: .lines("red_flags.csv") { $0.append("warning,stall_share_high,segment,zz_gold,zz_gold,,0.5000,0.1500,,true,x") },
             invariant: .relationship, file: "red_flags.csv", line: 6),
        Case(name: "a flag on the wrong side of its threshold",
             edit: .replace("red_flags.csv", ",handoff_incomplete,account,C-003,smb,Lee,0.2000,", with: ",handoff_incomplete,account,C-003,smb,Lee,0.9000,"),
             invariant: .flagAgreement, file: "red_flags.csv", line: 4),
        Case(name: "a stalled account without its flag",
             edit: .lines("red_flags.csv") { $0.remove(at: 1) }, invariant: .flagAgreement, file: "accounts.csv", line: 3),
        Case(name: "flags out of order",
             edit: .lines("red_flags.csv") { $0.swapAt(2, 3) }, invariant: .rowOrder, file: "red_flags.csv", line: 4),
        Case(name: "a resolved flag whose outcome is not the account's status",
             edit: .lines("resolved_flags.csv") { $0.append("stalled,account,A-001,enterprise,Lee,warning,9,cleared") },
             invariant: .flagAgreement, file: "resolved_flags.csv", line: 2),
        Case(name: "segment accounts that do not add up",
             edit: .setCell("segments.csv", line: 5, "accounts", to: "4"), invariant: .countsAddUp, file: "segments.csv", line: 5),
        Case(name: "cohort active that does not add up",
             edit: .setCell("cohorts.csv", line: 4, "active", to: "0"), invariant: .countsAddUp, file: "cohorts.csv", line: 4),
        Case(name: "a stall rate that is not stalled ÷ active",
             edit: .setCell("segments.csv", line: 3, "stall_rate", to: "0.5000"), invariant: .countsAddUp, file: "segments.csv", line: 3),
        Case(name: "a rate of 1.2",
             edit: .setCell("segments.csv", line: 3, "ttv_within_target_rate", to: "1.2000"),
             invariant: .rateInRange, file: "segments.csv", line: 3),
        Case(name: "a negative median TTV",
             edit: .setCell("cohorts.csv", line: 2, "ttv_median_days", to: "-49.0"),
             invariant: .statisticInRange, file: "cohorts.csv", line: 2),
        Case(name: "segments.csv without its all row",
             edit: .lines("segments.csv") { $0.removeLast() }, invariant: .rowOrder, file: "segments.csv", line: nil),
        Case(name: "a CSM's active accounts that do not add up",
             edit: .setCell("csm_portfolio.csv", line: 3, "active", to: "2"), invariant: .countsAddUp, file: "csm_portfolio.csv", line: 3),
        Case(name: "capacity now that is not the segment's active",
             edit: .setCell("capacity.csv", line: 3, "active", to: "3"), invariant: .countsAddUp, file: "capacity.csv", line: 3),
        Case(name: "survival reached that is not ttv_n",
             edit: .setCell("ttv_survival.csv", line: 8, "reached", to: "2"), invariant: .countsAddUp, file: "ttv_survival.csv", line: 8),
        Case(name: "an on-time rate that is not on-time ÷ eligible",
             edit: .setCell("milestones.csv", line: 2, "on_time_rate", to: "0.5000"), invariant: .countsAddUp, file: "milestones.csv", line: 2),
        Case(name: "more retained than eligible",
             edit: .lines("outcomes.csv") { $0.append("ttv,0-30,90,2,3,1.0000,0.3424,1.0000,0-30,,,,") },
             invariant: .countsAddUp, file: "outcomes.csv", line: 2),
        Case(name: "a summary that miscounts the flags",
             edit: .replace("summary.md", "4 flags: 1 critical, 3 warning;", with: "5 flags: 1 critical, 4 warning;"),
             invariant: .summaryFlagCounts, file: "summary.md", line: 36),
        Case(name: "a summary table that miscounts a rule",
             edit: .replace("summary.md", "| stalled             |        1 |", with: "| stalled             |        2 |"),
             invariant: .summaryFlagCounts, file: "summary.md", line: nil),
        Case(name: "a rejected row missing from rejects.csv",
             edit: .lines("rejects.csv") { $0.removeLast() }, invariant: .rowAccounting, file: "rejects.csv", line: nil),
        Case(name: "a CSM with flags but no digest",
             edit: .remove("csm/lee.md"), invariant: .digestFiles, file: "csm", line: nil),
        Case(name: "a missing table",
             edit: .remove("cohorts.csv"), invariant: .requiredFile, file: "cohorts.csv", line: nil),
    ]

    static let golden = PackagePaths.path("Tests/ReportsTests/Snapshots")

    @Test(arguments: cases) func theBreakIsCaught(_ broken: Case) throws {
        let dir = try TempDirectory()
        let report = dir.path("report")
        try FileManager.default.copyItem(atPath: Self.golden, toPath: report)
        #expect(ReportChecker.check(directory: report).isEmpty, "the unbroken copy must pass")
        try broken.edit.apply(report)
        let log = ReportChecker.check(directory: report)
        let found = log.kept.contains { $0.invariant == broken.invariant && $0.file == broken.file && $0.line == broken.line }
        let got = log.kept.map(\.description).joined(separator: "\n")
        #expect(found, "want \(broken.invariant.rawValue) at \(broken.file):\(broken.line.map(String.init) ?? "-"); got:\n\(got)")
    }

    @Test func everyInvariantHasACase() {
        let covered = Set(Self.cases.map(\.invariant))
        #expect(Set(Invariant.allCases).subtracting(covered).isEmpty)
    }
}
