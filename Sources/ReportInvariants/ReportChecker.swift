import Foundation

/// Checks the invariants of a whole report directory, the folder `run` publishes.
///
/// The tests run it on the golden reports and the example, the benchmark on its
/// 1M-account report: one implementation, so both hold the output to the same
/// grain, relationships and identities (SPEC §5–§7). Each check reads its
/// table once, and accounts.csv and red_flags.csv a row at a time; what later
/// checks need of the accounts is kept compactly per account.
public struct ReportChecker {
    /// Checks the report in `directory`.
    ///
    /// - Parameter limit: violations kept per invariant; the rest are counted.
    public static func check(directory: String, limit: Int = 20) -> ViolationLog {
        var checker = ReportChecker(directory: directory, log: ViolationLog(limit: limit))
        checker.checkManifest()
        checker.readSegments()
        checker.checkAccounts()
        checker.checkSegments()
        checker.checkCohorts()
        checker.checkPortfolio()
        checker.checkRedFlags()
        checker.checkResolvedFlags()
        checker.checkSummaryFlagCounts()
        checker.checkSurvival()
        checker.checkMilestones()
        checker.checkCapacity()
        checker.checkOutcomes()
        checker.checkComparison()
        checker.checkRejects()
        checker.checkDigests()
        return checker.log
    }

    let directory: String
    var log: ViolationLog

    var manifest: ReportManifest?
    /// segments.csv: its rows (`all` last) and the configured segments' names in order.
    var segmentRows: [TableRow] = []
    var segmentNames: [String] = []

    var accounts: [String: AccountFacts] = [:]
    var names = NamePool()
    var cohortCounts: [CohortKey: GroupCounts] = [:]
    var segmentCounts: [String: GroupCounts] = [:]
    var allCounts = GroupCounts()
    var csmCounts: [String: CSMCounts] = [:]

    /// csm_portfolio.csv by CSM: their segment and utilization, as written.
    var portfolio: [String: (segment: String, utilization: String)] = [:]
    var flagCounts: [FlagRule: FlagCounts] = [:]
    var resolvedCounts: [FlagRule: Int] = [:]
    /// The `csm` cells of the CSM and account flags: whose digests csm/ holds ("" for unassigned).
    var digestOwners: Set<String> = []

    init(directory: String, log: ViolationLog) {
        self.directory = directory
        self.log = log
    }

    func table(_ name: String) -> ReportTable { ReportTable(directory: directory, name: name) }

    /// The rows of a small table, or nil (and the violation that says why).
    mutating func rows(_ name: String, _ columns: [String], exactHeader: [String]? = nil) -> [TableRow]? {
        do {
            return try table(name).rows(columns, exactHeader: exactHeader)
        } catch {
            log.record(error.violation)
            return nil
        }
    }

    mutating func checkManifest() {
        do {
            manifest = try ReportManifest.read(directory + "/manifest.json")
        } catch {
            log.record(.requiredFile, "manifest.json", "unreadable: \(error)")
        }
    }
}

/// A row of cohorts.csv: segment × cohort.
struct CohortKey: Hashable {
    let segment: String
    let cohort: String
}

/// What csm_portfolio.csv counts of one CSM's accounts (SPEC §7 "per CSM: active (total and per segment), stalled").
struct CSMCounts {
    var active = 0
    var stalled = 0
    var activeBySegment: [String: Int] = [:]
}

/// red_flags.csv's flags of one rule, as summary.md counts them.
struct FlagCounts: Equatable {
    var critical = 0
    var warning = 0
    var new = 0
}
